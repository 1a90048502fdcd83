package org.swarmchat.app.store;

import java.io.Serial;

/** The database was written by a newer Swarmchat whose schema this version does not know. */
public final class DataTooNewException extends StoreException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message a user can act on. */
    public DataTooNewException(String message) {
        super(message);
    }

    /** With a message a user can act on, and the cause. */
    public DataTooNewException(String message, Throwable cause) {
        super(message, cause);
    }
}
