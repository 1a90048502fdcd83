package org.swarmchat.app.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings page's state. */
public final class SettingsModel {
    final StringProperty displayName = new SimpleStringProperty("");
    final StringProperty accountId = new SimpleStringProperty("");
    final StringProperty nameMessage = new SimpleStringProperty("");
    final BooleanProperty dark = new SimpleBooleanProperty(false);
    final BooleanProperty confirmingReveal = new SimpleBooleanProperty(false);
    final StringProperty recoveryPassword = new SimpleStringProperty("");
}
