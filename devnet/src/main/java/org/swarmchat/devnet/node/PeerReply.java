package org.swarmchat.devnet.node;

/** How a swarm peer answered a forwarded request. */
sealed interface PeerReply {
    /** The peer processed the request. */
    record Answered(RpcResponse response) implements PeerReply {
    }

    /** The peer answered with bytes that are not a response. */
    record Garbage() implements PeerReply {
    }

    /** The peer could not be reached (stopped or gone). */
    record Unreachable() implements PeerReply {
    }
}
