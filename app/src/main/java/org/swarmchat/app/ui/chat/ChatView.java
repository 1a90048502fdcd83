package org.swarmchat.app.ui.chat;

import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.swarmchat.app.core.Outbox;

/**
 * The chat's nodes: a header, a virtualized list of rows (only the visible cells exist, however many rows are
 * loaded), and the input with its length counter. Enter sends, Shift+Enter starts a new line.
 */
final class ChatView {
    private final BorderPane root = new BorderPane();
    private final ListView<ChatItem> list;
    private final TextArea input = new TextArea();
    private final ChatModel model;
    private final ChatController controller;
    private ScrollBar scrollBar;

    ChatView(ChatModel model, ChatController controller) {
        this.model = model;
        this.controller = controller;
        root.getStyleClass().add("chat");
        root.setId("chat");

        Label title = new Label();
        title.setId("chatTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(model.title);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("muted");
        subtitle.textProperty().bind(model.subtitle);
        VBox header = new VBox(2, title, subtitle);
        header.getStyleClass().add("chat-header");
        root.setTop(header);

        list = new ListView<>(model.items);
        list.setId("messageList");
        list.getStyleClass().add("messages");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label("No messages yet. Say hello!"));
        list.setCellFactory(v -> new MessageCell(controller, list));
        list.skinProperty().addListener((obs, old, skin) -> watchScrollBar());
        model.scrollToEnd.addListener((obs, old, n) -> scrollToEnd());
        root.setCenter(list);

        input.setId("messageInput");
        // Its caret stops blinking after 10 s without input (the theme gives every text area that skin), since the
        // blink's animation keeps JavaFX drawing 60 frames a second.
        input.setPromptText("Message");
        input.setWrapText(true);
        input.setPrefRowCount(2);
        input.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= Outbox.MAX_TEXT_CHARS ? change : null));
        input.textProperty().addListener((obs, old, text) -> controller.onDraftChanged(text));
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    input.replaceSelection("\n");
                } else {
                    controller.onSend(input.getText());
                }
            }
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        Button send = new Button("Send");
        send.setId("sendButton");
        send.getStyleClass().add("accent");
        send.disableProperty().bind(input.textProperty().map(String::isBlank));
        send.setOnAction(e -> controller.onSend(input.getText()));
        Label counter = new Label();
        counter.setId("charCounter");
        counter.getStyleClass().add("muted");
        counter.textProperty().bind(model.draftLength.map(n -> n + " / " + Outbox.MAX_TEXT_CHARS));
        Label error = new Label();
        error.setId("sendError");
        error.getStyleClass().add("error");
        error.textProperty().bind(model.sendError);
        error.managedProperty().bind(model.sendError.isNotEmpty());
        VBox side = new VBox(4, send, counter);
        side.setAlignment(Pos.BOTTOM_RIGHT);
        VBox composer = new VBox(4, error, new HBox(8, input, side));
        composer.getStyleClass().add("composer");
        root.setBottom(composer);
    }

    Parent root() {
        return root;
    }

    void focusInput() {
        input.requestFocus();
    }

    void clearInput() {
        input.clear();
    }

    void restoreInput(String text) {
        if (input.getText().isEmpty()) {
            input.setText(text);
        }
    }

    /** Whether the newest row is in view (so a new one should scroll into view too). */
    boolean isAtEnd() {
        return scrollBar == null || !scrollBar.isVisible() || scrollBar.getValue() >= scrollBar.getMax() - 0.01;
    }

    /**
     * Runs {@code prepend}, which puts older rows above the loaded ones, and keeps the row that was on top of the
     * list where it was, to the pixel, instead of leaving the list at index 0 (now the oldest row just loaded). If
     * {@code prepend} removed that row (a day separator merged into the older page's), the row after it is kept.
     *
     * <p>Call it outside a layout pass (a load's callback is, through {@code FxBindings.load}): it lays the list out
     * itself, which a layout pass in progress would ignore.
     */
    void keepPosition(Runnable prepend) {
        IndexedCell<?> top = flow().map(VirtualFlow::getFirstVisibleCell).orElse(null);
        if (top == null || top.getIndex() < 0 || top.getIndex() >= model.items.size()) {
            prepend.run();
            return;
        }
        int index = top.getIndex();
        // Pixels of the top row above the list's top edge (cells are placed relative to the viewport).
        double hidden = -top.getLayoutY();
        ChatItem anchor = model.items.get(index);
        ChatItem after = index + 1 < model.items.size() ? model.items.get(index + 1) : null;
        prepend.run();
        int at = indexOfSame(anchor);
        if (at < 0) {
            at = indexOfSame(after);
            hidden = 0;
        }
        if (at < 0) {
            return;
        }
        // The list takes its new row count in a layout; the scroll must come after it, or the skin's catch-up loses it.
        list.layout();
        list.scrollTo(at);
        // Lay the cells out at the restored row now: a wheel event before the next pulse would otherwise scroll the
        // cells still on screen (the rows at index 0, now the oldest) and pin the list to the top.
        list.layout();
        if (hidden > 0) {
            double offset = hidden;
            flow().ifPresent(f -> f.scrollPixels(offset));
            list.layout();
        }
    }

    /** The index of the very row {@code item} (not an equal one), or -1. */
    private int indexOfSame(ChatItem item) {
        for (int i = 0; item != null && i < model.items.size(); i++) {
            if (model.items.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    private Optional<VirtualFlow<?>> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? Optional.of(f) : Optional.empty();
    }

    private void scrollToEnd() {
        if (!model.items.isEmpty()) {
            list.scrollTo(model.items.size() - 1);
        }
    }

    private void watchScrollBar() {
        for (var node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                scrollBar = bar;
                bar.valueProperty().addListener((obs, old, value) -> {
                    if (value.doubleValue() <= bar.getMin() && old.doubleValue() > bar.getMin()) {
                        this.controller.onReachedTop();
                    }
                });
            }
        }
    }

}
