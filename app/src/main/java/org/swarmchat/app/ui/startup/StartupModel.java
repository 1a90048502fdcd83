package org.swarmchat.app.ui.startup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The start-up screen's state: what is being done, and whether it failed. */
public final class StartupModel {
    final StringProperty step = new SimpleStringProperty("Starting…");
    final StringProperty detail = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
}
