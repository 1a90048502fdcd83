package org.swarmchat.app.store;

import java.io.Serial;

/** The database file is damaged or is not a database; the message names the file and what SQLite reported. */
public final class CorruptDatabaseException extends StoreException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message a user can act on. */
    public CorruptDatabaseException(String message) {
        super(message);
    }

    /** With a message a user can act on, and the cause. */
    public CorruptDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
