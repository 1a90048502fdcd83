package org.swarmchat.crypto.message;

/**
 * Stored message data that is not a well-formed Session 1:1 text message: garbled base64 or protobuf,
 * missing required parts, oversized input, or a payload that is not a text message.
 */
public class MalformedMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An exception saying what is wrong with the data. */
    public MalformedMessageException(String message) {
        super(message);
    }

    /** An exception saying what is wrong with the data, with the parser's or decoder's exception. */
    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
