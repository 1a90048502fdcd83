package org.swarmchat.crypto.message;

/**
 * A well-formed, authentic message that carries no text body: a receipt, typing indicator, call or other
 * control message. Callers that only show text can drop these quietly rather than log them as garbage.
 */
public class NotATextMessageException extends MalformedMessageException {
    private static final long serialVersionUID = 1L;

    /** An exception saying what the message lacks. */
    public NotATextMessageException(String message) {
        super(message);
    }
}
