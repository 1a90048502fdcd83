package org.swarmchat.app.store;

import java.io.Serial;

/** The store could not do what was asked; every store failure extends this. Unchecked. */
public class StoreException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message a user can act on. */
    public StoreException(String message) {
        super(message);
    }

    /** With a message a user can act on, and the cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
