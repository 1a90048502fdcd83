package org.swarmchat.swarm.exec;

import java.util.Objects;
import org.swarmchat.swarm.api.Snode;

/** Which node a request goes to: a member of a pubkey's swarm, one given node, or any pool node. */
public sealed interface Target {
    /** A random member of the swarm of {@code pubkey} (66 hex), another one on failure. */
    record Swarm(String pubkey) implements Target {
        /** Checks the pubkey is present. */
        public Swarm {
            Objects.requireNonNull(pubkey, "pubkey");
        }
    }

    /**
     * Exactly {@code node} (polling a chosen member, probing a node). {@code swarmPubkey}, if not null, is the
     * pubkey whose swarm the node is expected to be in, so that a 421 can update that swarm.
     */
    record Node(Snode node, String swarmPubkey) implements Target {
        /** Checks the node is present. */
        public Node {
            Objects.requireNonNull(node, "node");
        }
    }

    /** Any random pool node ({@code info}, {@code get_swarm}, {@code oxend_request}). */
    record AnyNode() implements Target {
    }
}
