package org.swarmchat.app.ui.network;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.swarmchat.app.core.TokenFigures;

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
        figure(figures, row++, TokenFigures.PRICE, "tokenPrice", model.price);
        figure(figures, row++, TokenFigures.MARKET_CAP, "tokenMarketCap", model.marketCap);
        figure(figures, row++, TokenFigures.STAKING_REQUIREMENT, "stakingRequirement", model.stakingRequirement);
        figure(figures, row++, TokenFigures.STAKING_REWARD_POOL, "stakingRewardPool", model.stakingRewardPool);
        figure(figures, row++, TokenFigures.STAKED_TOKENS, "stakedTokens", model.stakedTokens);
        figure(figures, row++, TokenFigures.STAKED_USD, "stakedUsd", model.stakedUsd);
        figure(figures, row, TokenFigures.NETWORK_SIZE, "infoNetworkSize", model.networkSize);
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
