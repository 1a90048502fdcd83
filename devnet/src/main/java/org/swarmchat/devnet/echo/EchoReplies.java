package org.swarmchat.devnet.echo;

import java.util.Optional;
import org.swarmchat.crypto.message.OpenedMessage;
import org.swarmchat.crypto.message.OutgoingText;

/** What the echo contact says back: the message quoted, so the sender sees it went through intact. */
final class EchoReplies {
    /** The display name the echo contact sends with every answer. */
    static final String DISPLAY_NAME = "Echo";
    /** Longer messages are quoted up to here, so that the answer always fits in a store. */
    static final int MAX_QUOTED_CHARS = 2_000;

    private EchoReplies() {
    }

    /** The answer to {@code message}, sent at {@code nowMillis}. */
    static OutgoingText answer(OpenedMessage message, long nowMillis) {
        return new OutgoingText(text(message.text()), Optional.of(DISPLAY_NAME), nowMillis);
    }

    static String text(String received) {
        if (received.isBlank()) {
            return "You sent an empty message. Write something and I will say it back.";
        }
        String quoted = received.length() <= MAX_QUOTED_CHARS ? received
                : received.substring(0, safeCut(received, MAX_QUOTED_CHARS)) + "…";
        return "You said: \"" + quoted + "\"";
    }

    /** Cuts before {@code at}, never between the two halves of a surrogate pair. */
    private static int safeCut(String s, int at) {
        return Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }
}
