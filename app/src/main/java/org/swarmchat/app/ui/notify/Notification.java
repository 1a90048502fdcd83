package org.swarmchat.app.ui.notify;

import java.util.Objects;

/**
 * One notification, as plain text (never markup): a title and a body of at most a few lines.
 *
 * @param title who wrote, or how many wrote
 * @param body the start of the message, or a summary
 */
public record Notification(String title, String body) {
    /** Checks for null. */
    public Notification {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
