package org.swarmchat.app.ui.main;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.swarmchat.swarm.onion.PathStatus;

/** The main window's frame: side bar on the left, content on the right, in-window notifications on top. */
final class MainView {
    private final BorderPane frame = new BorderPane();
    private final StackPane root;
    private final StackPane content = new StackPane();

    MainView(MainModel model, MainController controller, Parent sidebar, Parent toasts) {
        frame.setId("main");
        StackPane.setAlignment(toasts, Pos.TOP_RIGHT);
        root = new StackPane(frame, toasts);
        Label me = new Label();
        me.setId("ownName");
        me.getStyleClass().add("title");
        me.textProperty().bind(model.ownName);

        Circle dot = new Circle(5);
        dot.getStyleClass().add("path-dot");
        Label paths = new Label();
        paths.setId("pathIndicator");
        paths.setGraphic(dot);
        paths.getStyleClass().add("path-indicator");
        paths.textProperty().bind(model.pathState.map(MainView::pathText));
        model.pathState.subscribe(state -> {
            paths.getStyleClass().removeAll("ready", "degraded", "down", "building");
            paths.getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
        });
        paths.setOnMouseClicked(e -> controller.onNetwork());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, me, spacer, paths);
        top.setAlignment(Pos.CENTER_LEFT);

        Button network = new Button("Network");
        network.setId("networkButton");
        network.setOnAction(e -> controller.onNetwork());
        Button settings = new Button("Settings");
        settings.setId("settingsButton");
        settings.setOnAction(e -> controller.onSettings());
        HBox nav = new HBox(6, network, settings);

        VBox.setVgrow(sidebar, Priority.ALWAYS);
        VBox left = new VBox(10, top, sidebar, nav);
        left.getStyleClass().add("sidebar-frame");
        left.setPrefWidth(330);
        frame.setLeft(left);

        Label hint = new Label("Choose a conversation, or start one with an Account ID.");
        hint.getStyleClass().add("muted");
        content.getChildren().add(hint);
        content.getStyleClass().add("content");
        frame.setCenter(content);
    }

    Parent root() {
        return root;
    }

    void showContent(Parent page) {
        content.getChildren().setAll(page);
    }

    private static String pathText(PathStatus.State state) {
        return switch (state) {
            case READY -> "Paths ready";
            case DEGRADED -> "Paths degraded";
            case DOWN -> "Paths down";
            case BUILDING -> "Building paths…";
        };
    }
}
