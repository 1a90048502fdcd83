package org.swarmchat.swarm.api;

/**
 * A swarm operation failed. The subclasses say why, in words a user or a log reader can act on; callers that
 * only care whether it worked catch this type.
 */
public class SwarmException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public SwarmException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public SwarmException(String message, Throwable cause) {
        super(message, cause);
    }
}
