package org.swarmchat.app.ui.network;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.swarmchat.swarm.NetworkStatus.MemberStatus;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.onion.OnionPath;

/** The network page: figures, the token figures' child view, the own swarm's nodes and the onion paths. */
final class NetworkView {
    private final ScrollPane root;
    private final NetworkModel model;
    private final VBox pathsBox = new VBox(6);

    NetworkView(NetworkModel model, NetworkController controller, Node tokenFigures) {
        this.model = model;
        Label title = new Label("Session network");
        title.getStyleClass().add("title");
        Button refresh = new Button("Refresh");
        refresh.setId("refreshNetworkButton");
        // Busy shows in the text, not by disabling: a disabled button hands the focus on to the swarm table, and the
        // scroll pane jumps down to it. The controller ignores clicks while a refresh is under way.
        refresh.textProperty().bind(model.refreshing.map(busy -> busy ? "Refreshing…" : "Refresh"));
        refresh.setOnAction(e -> controller.onRefresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane figures = new GridPane();
        figures.setHgap(24);
        figures.setVgap(4);
        figure(figures, 0, "Nodes in your swarm", "swarmSize", model.swarmSize.get());
        figure(figures, 1, "Nodes in the network", "poolSize", "");
        figure(figures, 2, "Nodes securing your messages", "securingNodes", "");
        figure(figures, 3, "Network clock offset", "clockOffset", "");
        ((Label) figures.lookup("#swarmSize")).textProperty().bind(model.swarmSize);
        ((Label) figures.lookup("#poolSize")).textProperty().bind(model.poolSize);
        ((Label) figures.lookup("#securingNodes")).textProperty().bind(model.securing);
        ((Label) figures.lookup("#clockOffset")).textProperty().bind(model.clockOffset);

        Label error = new Label();
        error.setId("networkError");
        error.getStyleClass().add("error");
        error.textProperty().bind(model.error);
        error.managedProperty().bind(model.error.isNotEmpty());

        Label swarmHeading = new Label();
        swarmHeading.getStyleClass().add("section");
        swarmHeading.textProperty().bind(model.swarmId.map(id -> "Your swarm " + id)
                .orElse("Your swarm"));
        Label reachable = new Label();
        reachable.getStyleClass().add("muted");
        reachable.textProperty().bind(model.reachable);

        TableView<MemberStatus> members = new TableView<>(model.members);
        members.setId("swarmMembers");
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        members.setPrefHeight(240);
        members.getColumns().add(column("Address", m -> m.node().address()));
        members.getColumns().add(column("Key", m -> m.node().ed25519().hex().substring(0, 16) + "…"));
        members.getColumns().add(column("Reachable", m -> m.reachable() ? "yes" : "no"));
        members.getColumns().add(column("Latency", m -> m.latency().map(l -> l.toMillis() + " ms")
                .orElse(m.detail())));
        members.setPlaceholder(new Label("Probing your swarm…"));

        Label pathsHeading = new Label("Onion paths");
        pathsHeading.getStyleClass().add("section");
        Label pathState = new Label();
        pathState.setId("pathState");
        pathState.textProperty().bind(model.pathState.map(s -> s.name().toLowerCase(Locale.ROOT))
                .map(s -> s + (model.pathDetail.get().isEmpty() ? "" : " (" + model.pathDetail.get() + ")")));
        pathsBox.setId("paths");
        model.paths.addListener((ListChangeListener<OnionPath>) c -> showPaths());

        VBox content = new VBox(12, header, error, figures, tokenFigures, swarmHeading, reachable, members,
                pathsHeading, pathState, pathsBox);
        content.getStyleClass().add("page");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("networkPage");
    }

    Parent root() {
        return root;
    }

    private static void figure(GridPane grid, int row, String name, String id, String initial) {
        Label label = new Label(name);
        label.getStyleClass().add("muted");
        Label value = new Label(initial);
        value.setId(id);
        value.getStyleClass().add("figure");
        grid.addRow(row, label, value);
    }

    private static TableColumn<MemberStatus, String> column(String name,
            java.util.function.Function<MemberStatus, String> value) {
        TableColumn<MemberStatus, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private void showPaths() {
        pathsBox.getChildren().clear();
        for (OnionPath path : model.paths) {
            FlowPane row = new FlowPane(6, 4);
            row.getStyleClass().add("path");
            row.getChildren().add(hop("You", "", "you"));
            String[] roles = {"guard", "hop", "hop"};
            int i = 0;
            for (Snode node : path.hops()) {
                row.getChildren().add(new Label("→"));
                row.getChildren().add(hop(node.address(), node.shortId(), i < roles.length ? roles[i] : "hop"));
                i++;
            }
            pathsBox.getChildren().add(row);
        }
    }

    private static Node hop(String address, String id, String role) {
        Label label = new Label(id.isEmpty() ? address : role + " " + address + " (" + id + ")");
        label.getStyleClass().addAll("hop", role);
        return label;
    }
}
