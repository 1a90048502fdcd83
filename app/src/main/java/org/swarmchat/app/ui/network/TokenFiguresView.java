package org.swarmchat.app.ui.network;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The token figures: a labelled grid, their time, the source's note, or why there are none. */
final class TokenFiguresView {
    private final VBox root;

    TokenFiguresView(TokenFiguresModel model) {
        Label heading = new Label("Session Token (SESH)");
        heading.getStyleClass().add("section");

        GridPane figures = new GridPane();
        figures.setId("tokenFigures");
        figures.setHgap(24);
        figures.setVgap(4);
        int row = 0;
        figure(figures, row++, "SESH price", "tokenPrice", model.price);
        figure(figures, row++, "Market cap", "tokenMarketCap", model.marketCap);
        figure(figures, row++, "Staking requirement", "stakingRequirement", model.stakingRequirement);
        figure(figures, row++, "Staking reward pool", "stakingRewardPool", model.stakingRewardPool);
        figure(figures, row++, "Tokens staked", "stakedTokens", model.stakedTokens);
        figure(figures, row++, "Value staked", "stakedUsd", model.stakedUsd);
        figure(figures, row, "Nodes in the network (per the source)", "infoNetworkSize", model.networkSize);
        showWhen(figures, model.shown);

        Label asOf = new Label();
        asOf.setId("tokenAsOf");
        asOf.getStyleClass().add("muted");
        asOf.textProperty().bind(model.asOf);
        showWhen(asOf, model.shown);

        Label note = new Label();
        note.setId("tokenSourceNote");
        note.setWrapText(true);
        note.textProperty().bind(model.sourceNote);
        // A devnet's figures are not real: say so as a warning, not in small grey print.
        model.devnet.subscribe(devnet -> note.getStyleClass().setAll("label", devnet ? "warning-box" : "muted"));
        showWhen(note, model.shown.and(model.sourceNote.isNotEmpty()));

        Label error = new Label();
        error.setId("tokenError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        showWhen(error, model.error.isNotEmpty());

        root = new VBox(6, heading, note, figures, asOf, error);
        root.setId("tokenSection");
    }

    Parent root() {
        return root;
    }

    private static void figure(GridPane grid, int row, String name, String id, ObservableValue<String> value) {
        Label label = new Label(name);
        label.getStyleClass().add("muted");
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("figure");
        figure.textProperty().bind(value);
        grid.addRow(row, label, figure);
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
