package org.swarmchat.app.ui.chat;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The chat's state: the loaded rows (never the whole history), the draft and its length. */
public final class ChatModel {
    final ObservableList<ChatItem> items = FXCollections.observableArrayList();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty subtitle = new SimpleStringProperty("");
    final StringProperty sendError = new SimpleStringProperty("");
    final IntegerProperty draftLength = new SimpleIntegerProperty(0);
    final BooleanProperty loadingOlder = new SimpleBooleanProperty(false);
    final BooleanProperty hasOlder = new SimpleBooleanProperty(true);
    /** Bumped when the view should scroll to the newest row. */
    final IntegerProperty scrollToEnd = new SimpleIntegerProperty(0);
}
