package org.swarmchat.swarm.api;

/**
 * No onion path could be built: the node pool is too small, or no candidate guard answered its test. Nothing was
 * sent.
 */
public class PathUnavailableException extends SwarmException {
    private static final long serialVersionUID = 1L;

    /** No path, because {@code message}. */
    public PathUnavailableException(String message) {
        super(message);
    }

    /** No path, because {@code message}, caused by {@code cause}. */
    public PathUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
