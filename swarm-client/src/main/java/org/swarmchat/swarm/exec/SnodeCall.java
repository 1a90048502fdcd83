package org.swarmchat.swarm.exec;

import java.util.Objects;
import java.util.Set;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.Snode;

/**
 * A storage RPC body for one node: what the onion and direct executors carry.
 *
 * @param node the destination
 * @param body the {@code {"method":…,"params":…}} JSON, UTF-8
 * @param destinationSwarm the members of the swarm the request is for (empty if it concerns no swarm): an onion
 *     path's guard must not be one of them, or it could tie the sender's address to the message it later
 *     receives by replication
 */
public record SnodeCall(Snode node, byte[] body, Set<Ed25519PublicKey> destinationSwarm) {
    /** Checks the members (the body is not copied: calls are internal and short-lived). */
    public SnodeCall {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(body, "body");
        destinationSwarm = Set.copyOf(destinationSwarm);
    }

    /** A call that concerns no swarm. */
    public SnodeCall(Snode node, byte[] body) {
        this(node, body, Set.of());
    }
}
