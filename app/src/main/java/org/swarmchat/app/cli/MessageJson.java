package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.swarmchat.app.core.ReceivedMessage;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.Direction;
import org.swarmchat.app.store.Message;

/**
 * How messages and conversations look on the command line: one JSON object per line for scripts (field names are
 * a contract: scripts outside the project read them), or one readable line for people.
 */
final class MessageJson {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private MessageJson() {
    }

    /** A received message: sender, sent_at, text, display_name, hash (the contract of `receive`), and more. */
    static String received(ReceivedMessage received) {
        Message m = received.message();
        ObjectNode node = JSON.createObjectNode();
        node.put("sender", m.sender().hex());
        node.put("sent_at", m.sentAtMillis());
        node.put("text", m.text());
        putOptional(node, "display_name", received.displayName());
        node.put("hash", m.hash().orElse(null));
        node.put("request", received.request());
        node.put("id", m.id());
        return node.toString();
    }

    /** A stored message of a conversation, sent or received. */
    static String message(Message m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", m.id());
        node.put("peer", m.peer().hex());
        node.put("direction", m.direction() == Direction.OUT ? "out" : "in");
        node.put("sender", m.sender().hex());
        node.put("sent_at", m.sentAtMillis());
        node.put("text", m.text());
        node.put("hash", m.hash().orElse(null));
        node.put("state", state(m));
        node.put("stored_on", m.storedOn());
        putOptional(node, "failure", m.failure());
        return node.toString();
    }

    /** A conversation or message request. */
    static String conversation(Conversation c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("peer", c.peer().hex());
        putOptional(node, "display_name", c.displayName());
        node.put("request", c.request());
        node.put("unread", c.unread());
        node.put("last_activity", c.lastActivity().toEpochMilli());
        putOptional(node, "last_text", c.last().map(Message::text));
        return node.toString();
    }

    /** One readable line of a message. */
    static String line(Message m, Optional<String> peerName) {
        String who = m.direction() == Direction.OUT ? "me" : peerName.orElse(m.sender().shortForm());
        String tail = switch (m.state()) {
            case STORED -> "  [stored on " + m.storedOn() + "]";
            case FAILED -> "  [failed: " + m.failure().orElse("?") + "; retry with `swarmchat retry " + m.id() + "`]";
            case PENDING, SENDING -> "  [" + state(m) + "]";
            case RECEIVED -> "";
        };
        return "[" + TIME.format(Instant.ofEpochMilli(m.sentAtMillis())) + "] #" + m.id() + " " + who + ": "
                + m.text().replace("\n", "\n    ") + tail;
    }

    /** One readable line of a conversation. */
    static String line(Conversation c) {
        String name = c.displayName().orElse(c.peer().shortForm());
        String unread = c.unread() > 0 ? " (" + c.unread() + " unread)" : "";
        String last = c.last().map(m -> ": " + firstLine(m.text())).orElse("");
        return c.peer().hex() + "  " + name + unread + last;
    }

    static String state(Message m) {
        return m.state().name().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 59) + "…" : first;
    }

    private static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
