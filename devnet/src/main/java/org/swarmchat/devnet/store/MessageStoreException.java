package org.swarmchat.devnet.store;

/** The SQLite file of a node could not be opened, read or written. */
public class MessageStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with its SQL cause. */
    public MessageStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error without a cause. */
    public MessageStoreException(String message) {
        super(message);
    }
}
