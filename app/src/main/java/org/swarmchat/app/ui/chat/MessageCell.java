package org.swarmchat.app.ui.chat;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Direction;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.ui.common.Formats;

/** A chat row: a day separator, or a bubble with its time and delivery state (and a retry button if it failed). */
final class MessageCell extends ListCell<ChatItem> {
    private final ChatController controller;
    private final Label text = new Label();
    private final Label time = new Label();
    private final Label state = new Label();
    private final Button retry = new Button("Retry");
    private final VBox bubble;
    private final HBox row;
    private final Label day = new Label();
    private final HBox dayRow = new HBox(day);
    private Message message;

    MessageCell(ChatController controller, ListView<ChatItem> list) {
        this.controller = controller;
        text.setWrapText(true);
        text.getStyleClass().add("body");
        text.maxWidthProperty().bind(list.widthProperty().multiply(0.65));
        time.getStyleClass().add("meta");
        state.getStyleClass().addAll("meta", "delivery");
        retry.getStyleClass().addAll("retry", "small");
        retry.setOnAction(e -> {
            if (message != null) {
                controller.onRetry(message);
            }
        });
        HBox meta = new HBox(6, time, state, retry);
        meta.setAlignment(Pos.CENTER_RIGHT);
        bubble = new VBox(2, text, meta);
        bubble.getStyleClass().add("bubble");
        row = new HBox(bubble);
        day.getStyleClass().add("day");
        dayRow.setAlignment(Pos.CENTER);
        MenuItem copy = new MenuItem("Copy text");
        copy.setOnAction(e -> {
            if (message != null) {
                controller.onCopy(message);
            }
        });
        bubble.setOnContextMenuRequested(e -> new ContextMenu(copy).show(bubble, e.getScreenX(), e.getScreenY()));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChatItem item, boolean empty) {
        super.updateItem(item, empty);
        message = null;
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        switch (item) {
            case ChatItem.Day d -> {
                day.setText(Formats.day(d.day(), LocalDate.now(ZoneId.systemDefault())));
                setGraphic(dayRow);
            }
            case ChatItem.Bubble b -> {
                show(b.message());
                setGraphic(row);
            }
        }
    }

    private void show(Message m) {
        message = m;
        boolean out = m.direction() == Direction.OUT;
        text.setText(m.text());
        time.setText(Formats.time(m.sentAtMillis()));
        state.setText(Formats.delivery(m));
        state.setVisible(out);
        state.setManaged(out);
        boolean failed = m.state() == DeliveryState.FAILED;
        retry.setVisible(failed);
        retry.setManaged(failed);
        bubble.getStyleClass().removeAll("out", "in", "failed");
        bubble.getStyleClass().add(out ? "out" : "in");
        if (failed) {
            bubble.getStyleClass().add("failed");
        }
        row.setAlignment(out ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        getProperties().put("messageId", m.id());
    }
}
