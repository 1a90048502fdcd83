package org.swarmchat.app.ui.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.ui.common.Formats;

/** A row of the chat: a day separator or a message. */
sealed interface ChatItem {
    /**
     * The separator before the first message of a day.
     *
     * @param day the day
     */
    record Day(LocalDate day) implements ChatItem {
    }

    /**
     * A message bubble.
     *
     * @param message the message
     */
    record Bubble(Message message) implements ChatItem {
    }

    /** The rows of {@code messages} (oldest first), with a separator where the day changes. */
    static List<ChatItem> of(List<Message> messages) {
        List<ChatItem> items = new ArrayList<>(messages.size() + 8);
        LocalDate previous = null;
        for (Message m : messages) {
            LocalDate day = Formats.day(m.sentAtMillis());
            if (!day.equals(previous)) {
                items.add(new Day(day));
                previous = day;
            }
            items.add(new Bubble(m));
        }
        return items;
    }
}
