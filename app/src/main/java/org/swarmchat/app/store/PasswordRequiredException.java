package org.swarmchat.app.store;

import java.io.Serial;

/** The profile's key file is protected by a password and none was given. */
public final class PasswordRequiredException extends StoreException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message a user can act on. */
    public PasswordRequiredException(String message) {
        super(message);
    }

    /** With a message a user can act on, and the cause. */
    public PasswordRequiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
