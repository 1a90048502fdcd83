package org.swarmchat.swarm.api;

/**
 * A storage node could not be reached: nothing answered at its address, the connection broke, it did not answer
 * in time, or a relay reported it unknown or unreachable ("Next node not found", SPEC §4.7). The node, not the
 * request, is at fault; another node may well succeed.
 */
public class SnodeUnreachableException extends SwarmException {
    private static final long serialVersionUID = 1L;

    private final transient Snode node;

    /** {@code node} could not be reached, as {@code message} explains. */
    public SnodeUnreachableException(Snode node, String message, Throwable cause) {
        super(message, cause);
        this.node = node;
    }

    /** The node that could not be reached. */
    public Snode node() {
        return node;
    }
}
