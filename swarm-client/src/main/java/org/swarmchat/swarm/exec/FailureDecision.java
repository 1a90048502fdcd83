package org.swarmchat.swarm.exec;

/**
 * What a failure means for the request that met it. Each layer decides for the failures it sees; the retrying
 * layer acts on the decision that reaches it.
 */
public enum FailureDecision {
    /** Transient: try again after a pause (rate limit, all members of a swarm busy, no path yet). */
    RETRY,
    /** The node that answered is bad: strike it and try another node. */
    DROP_NODE,
    /** The onion path is bad: penalise it and try another path. */
    DROP_PATH,
    /** Nodes reject our timestamps: re-synchronise the network clock, then try once more. */
    RESYNC_CLOCK,
    /** Retrying cannot help: the request itself was refused, or time or the caller ran out. */
    FAIL
}
