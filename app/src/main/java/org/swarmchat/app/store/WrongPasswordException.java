package org.swarmchat.app.store;

import java.io.Serial;

/** The password given does not unlock the profile's key file; nothing on disk was changed. */
public final class WrongPasswordException extends StoreException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message a user can act on. */
    public WrongPasswordException(String message) {
        super(message);
    }

    /** With a message a user can act on, and the cause. */
    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
