package org.swarmchat.swarm.api;

/**
 * Storage nodes reject the request's timestamps (HTTP 406 or 425, SPEC §3.3): the network time the client uses
 * differs from the nodes' by more than they tolerate (10 s for a store, 60 s for a signature), even after
 * the client re-synchronised its clock with the network.
 */
public class ClockOutOfSyncException extends SwarmException {
    private static final long serialVersionUID = 1L;

    /** Timestamps rejected, as {@code message} explains. */
    public ClockOutOfSyncException(String message) {
        super(message);
    }
}
