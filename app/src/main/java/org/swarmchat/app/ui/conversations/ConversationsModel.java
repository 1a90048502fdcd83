package org.swarmchat.app.ui.conversations;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.Message;
import org.swarmchat.crypto.AccountId;

/** The conversation list's state. */
public final class ConversationsModel {
    final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    final ObservableList<Conversation> requests = FXCollections.observableArrayList();
    final ObservableList<Message> searchResults = FXCollections.observableArrayList();
    final StringProperty search = new SimpleStringProperty("");
    final StringProperty newConversationError = new SimpleStringProperty("");
    final ObjectProperty<AccountId> echoContact = new SimpleObjectProperty<>();
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    final ObjectProperty<AccountId> selected = new SimpleObjectProperty<>();
}
