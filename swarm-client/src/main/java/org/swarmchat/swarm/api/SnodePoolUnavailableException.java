package org.swarmchat.swarm.api;

/**
 * The client has no usable node list: no seed answered with a valid one and nothing was saved from an earlier
 * run. Nothing can be sent until a seed is reachable.
 */
public class SnodePoolUnavailableException extends SwarmException {
    private static final long serialVersionUID = 1L;

    /** No pool, because {@code message}. */
    public SnodePoolUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
