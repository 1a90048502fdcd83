package org.swarmchat.crypto.message;

import java.util.Objects;
import java.util.Optional;

/**
 * A text message to seal.
 *
 * @param text the message body, sent as UTF-8
 * @param displayName the sender's display name to attach as its profile, if any
 * @param sentAtMillis the sent time in milliseconds since the Unix epoch; it becomes the envelope timestamp,
 *     the signed {@code Content.sigTimestamp} and, by default, {@code DataMessage.timestamp}
 */
public record OutgoingText(String text, Optional<String> displayName, long sentAtMillis) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when {@code text} or {@code displayName} is null
     * @throws IllegalArgumentException when {@code sentAtMillis} is not positive
     */
    public OutgoingText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(displayName, "displayName");
        if (sentAtMillis <= 0) {
            throw new IllegalArgumentException("sentAtMillis must be positive, got " + sentAtMillis);
        }
    }

    /** A message without a display name. */
    public static OutgoingText of(String text, long sentAtMillis) {
        return new OutgoingText(text, Optional.empty(), sentAtMillis);
    }
}
