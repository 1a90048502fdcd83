package org.swarmchat.app.store;

import java.io.Serial;

/** The store could not be opened for another reason, e.g. the folder is not writable or the key file is missing. */
public final class StoreOpenException extends StoreException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message a user can act on. */
    public StoreOpenException(String message) {
        super(message);
    }

    /** With a message a user can act on, and the cause. */
    public StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
