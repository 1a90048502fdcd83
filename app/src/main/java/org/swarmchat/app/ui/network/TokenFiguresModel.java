package org.swarmchat.app.ui.network;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The state of the network page's token figures: each figure as shown, their time, and what went wrong. */
final class TokenFiguresModel {
    final StringProperty price = new SimpleStringProperty("…");
    final StringProperty marketCap = new SimpleStringProperty("…");
    final StringProperty stakingRequirement = new SimpleStringProperty("…");
    final StringProperty stakingRewardPool = new SimpleStringProperty("…");
    final StringProperty stakedTokens = new SimpleStringProperty("…");
    final StringProperty stakedUsd = new SimpleStringProperty("…");
    final StringProperty networkSize = new SimpleStringProperty("…");
    final StringProperty asOf = new SimpleStringProperty("");
    /** What the source says about its figures; for a devnet, that they are not real. */
    final StringProperty sourceNote = new SimpleStringProperty("");
    final BooleanProperty devnet = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    /** Whether figures are shown: they are hidden, not left stale, when the last fetch failed. */
    final BooleanProperty shown = new SimpleBooleanProperty(true);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
}
