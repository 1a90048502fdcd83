package org.swarmchat.crypto.message;

/**
 * A message whose sealed form would exceed what a storage node accepts ({@link MessageSealer#MAX_WIRE_BYTES}).
 * Unchecked: callers bound the text length before sealing.
 */
public class MessageTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception stating the size the message would have had. */
    public MessageTooLargeException(String message) {
        super(message);
    }
}
