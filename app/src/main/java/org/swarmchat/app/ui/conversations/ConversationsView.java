package org.swarmchat.app.ui.conversations;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.ui.common.Formats;

/** The side bar's nodes. */
final class ConversationsView {
    private final VBox root = new VBox(8);
    private final ConversationsModel model;
    private final ConversationsController controller;
    private final VBox requestsBox = new VBox(6);

    ConversationsView(ConversationsModel model, ConversationsController controller) {
        this.model = model;
        this.controller = controller;
        root.getStyleClass().add("sidebar");
        root.setId("conversations");

        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText("Search messages");
        search.textProperty().addListener((obs, old, text) -> controller.onSearch(text));

        ListView<Conversation> list = new ListView<>(model.conversations);
        list.setId("conversationList");
        list.setCellFactory(v -> new ConversationCell());
        list.setPlaceholder(new Label("No conversations yet"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null && !c.peer().equals(model.selected.get())) {
                model.selected.set(c.peer());
                controller.onOpen(c);
            }
        });
        model.selected.addListener((obs, old, peer) -> selectPeer(list));
        model.conversations.addListener((ListChangeListener<Conversation>) change -> selectPeer(list));

        ListView<Message> hits = new ListView<>(model.searchResults);
        hits.setId("searchResults");
        hits.setPlaceholder(new Label("No messages match"));
        hits.setCellFactory(v -> new SearchCell());
        hits.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> {
            if (m != null) {
                controller.onOpenSearchResult(m);
            }
        });
        StackPane lists = new StackPane(list, hits);
        hits.visibleProperty().bind(model.search.map(q -> !q.isBlank()));
        list.visibleProperty().bind(hits.visibleProperty().not());
        VBox.setVgrow(lists, Priority.ALWAYS);

        Button echo = new Button("Say hi to the echo contact");
        echo.setId("echoButton");
        echo.getStyleClass().add("accent");
        echo.setMaxWidth(Double.MAX_VALUE);
        echo.setOnAction(e -> controller.onOpenEcho());
        echo.visibleProperty().bind(model.echoContact.isNotNull().and(model.loaded)
                .and(Bindings.isEmpty(model.conversations)));
        echo.managedProperty().bind(echo.visibleProperty());

        model.requests.addListener((ListChangeListener<Conversation>) change -> showRequests());
        requestsBox.setId("requests");
        requestsBox.managedProperty().bind(Bindings.isNotEmpty(model.requests));
        requestsBox.visibleProperty().bind(requestsBox.managedProperty());

        root.getChildren().addAll(search, newConversation(), echo, requestsBox, lists);
    }

    Parent root() {
        return root;
    }

    private void selectPeer(ListView<Conversation> list) {
        for (Conversation c : model.conversations) {
            if (c.peer().equals(model.selected.get())) {
                list.getSelectionModel().select(c);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private Node newConversation() {
        TextField id = new TextField();
        id.setId("newConversationField");
        id.setPromptText("New conversation: Account ID (05…)");
        id.textProperty().addListener((obs, old, text) -> controller.onNewConversationTyped());
        Button start = new Button("Start");
        start.setId("startConversationButton");
        Runnable open = () -> {
            if (controller.onNewConversation(id.getText())) {
                id.clear();
            }
        };
        start.setOnAction(e -> open.run());
        id.setOnAction(e -> open.run());
        HBox.setHgrow(id, Priority.ALWAYS);
        Label error = new Label();
        error.setId("newConversationError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.newConversationError);
        error.managedProperty().bind(model.newConversationError.isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return new VBox(4, new HBox(6, id, start), error);
    }

    private void showRequests() {
        requestsBox.getChildren().clear();
        Label heading = new Label("Message requests (" + model.requests.size() + ")");
        heading.getStyleClass().add("section");
        requestsBox.getChildren().add(heading);
        for (Conversation request : model.requests) {
            Label name = new Label(Formats.name(request.displayName(), request.peer()));
            name.getStyleClass().add("name");
            Label last = new Label(request.last().map(Message::text).orElse(""));
            last.getStyleClass().add("muted");
            Button accept = new Button("Accept");
            accept.getStyleClass().add("accent");
            accept.setOnAction(e -> controller.onAccept(request));
            Button delete = new Button("Delete");
            delete.setOnAction(e -> controller.onDelete(request));
            Button block = new Button("Block");
            block.getStyleClass().add("danger");
            block.setOnAction(e -> controller.onBlock(request));
            VBox row = new VBox(4, name, last, new HBox(6, accept, delete, block));
            row.getStyleClass().add("request");
            row.setId("request-" + request.peer().hex());
            requestsBox.getChildren().add(row);
        }
    }

    /** A conversation row: name, last message, time and unread badge. */
    private static final class ConversationCell extends ListCell<Conversation> {
        private final Label name = new Label();
        private final Label last = new Label();
        private final Label time = new Label();
        private final Label unread = new Label();
        private final HBox row;

        ConversationCell() {
            name.getStyleClass().add("name");
            last.getStyleClass().add("muted");
            time.getStyleClass().add("muted");
            unread.getStyleClass().add("badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, name, spacer, time);
            HBox bottom = new HBox(6, last, new Region(), unread);
            HBox.setHgrow(bottom.getChildren().get(1), Priority.ALWAYS);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, top, bottom);
            HBox.setHgrow(box, Priority.ALWAYS);
            row = new HBox(box);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Conversation c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            name.setText(Formats.name(c.displayName(), c.peer()));
            last.setText(c.last().map(m -> (m.direction() == org.swarmchat.app.store.Direction.OUT ? "You: " : "")
                    + m.text().replace('\n', ' ')).orElse(""));
            time.setText(Formats.listTime(c.lastActivity(), LocalDate.now(ZoneId.systemDefault())));
            unread.setText(Integer.toString(c.unread()));
            unread.setVisible(c.unread() > 0);
            setGraphic(row);
        }
    }

    /** A search hit: the message and when it was sent. */
    private static final class SearchCell extends ListCell<Message> {
        @Override
        protected void updateItem(Message m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : Formats.time(m.sentAtMillis()) + "  " + m.text().replace('\n', ' '));
        }
    }
}
