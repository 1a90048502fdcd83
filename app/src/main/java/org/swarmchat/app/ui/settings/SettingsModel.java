package org.swarmchat.app.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/** The settings page's state. */
public final class SettingsModel {
    final StringProperty displayName = new SimpleStringProperty("");
    final StringProperty accountId = new SimpleStringProperty("");
    final ObjectProperty<Image> accountQr = new SimpleObjectProperty<>();
    final StringProperty nameMessage = new SimpleStringProperty("");
    final BooleanProperty dark = new SimpleBooleanProperty(false);
    final BooleanProperty confirmingReveal = new SimpleBooleanProperty(false);
    final StringProperty recoveryPassword = new SimpleStringProperty("");

    final StringProperty currentNetwork = new SimpleStringProperty("");
    final ObjectProperty<NetworkOption> networkOption = new SimpleObjectProperty<>(NetworkOption.DEVNET);
    final StringProperty customSeed = new SimpleStringProperty("");
    final StringProperty networkError = new SimpleStringProperty("");
    final StringProperty networkNotice = new SimpleStringProperty("");
    final BooleanProperty restartOffered = new SimpleBooleanProperty(false);

    final BooleanProperty notifications = new SimpleBooleanProperty(true);
    final StringProperty notificationsMessage = new SimpleStringProperty("");
}
