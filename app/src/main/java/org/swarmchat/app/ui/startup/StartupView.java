package org.swarmchat.app.ui.startup;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A spinner, the step and its detail. */
final class StartupView {
    private final StackPane root = new StackPane();

    StartupView(StartupModel model, StartupController controller) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.visibleProperty().bind(model.failed.not());
        spinner.setMaxSize(48, 48);
        Label step = new Label();
        step.setId("startupStep");
        step.getStyleClass().add("title");
        step.textProperty().bind(model.step);
        Label detail = new Label();
        detail.setId("startupDetail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.detail);
        Button again = new Button("Try again");
        again.setId("tryAgainButton");
        again.getStyleClass().add("accent");
        again.visibleProperty().bind(model.failed);
        again.managedProperty().bind(model.failed);
        again.setOnAction(e -> controller.onTryAgain());
        VBox box = new VBox(16, spinner, step, detail, again);
        box.getStyleClass().add("card");
        box.setMaxSize(460, VBox.USE_PREF_SIZE);
        root.getChildren().add(box);
        root.setId("startup");
    }

    Parent root() {
        return root;
    }
}
