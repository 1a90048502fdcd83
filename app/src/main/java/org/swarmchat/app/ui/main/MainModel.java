package org.swarmchat.app.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.swarmchat.swarm.onion.PathStatus;

/** The main window's own state: who is signed in, and the onion paths' state for the indicator. */
public final class MainModel {
    /** What the content area shows. */
    public enum Page {
        /** Nothing chosen yet. */
        WELCOME,
        /** A conversation. */
        CHAT,
        /** The network page. */
        NETWORK,
        /** Settings. */
        SETTINGS
    }

    final StringProperty ownName = new SimpleStringProperty("");
    final ObjectProperty<PathStatus.State> pathState = new SimpleObjectProperty<>(PathStatus.State.BUILDING);
    final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.WELCOME);
}
