package org.swarmchat.crypto;

/** A string is not a Session Account ID; the message says why (length, prefix, or a non-hex character). */
public class InvalidAccountIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidAccountIdException(String message) {
        super(message);
    }
}
