package org.swarmchat.swarm.exec;

import java.util.Objects;
import org.swarmchat.swarm.api.Snode;

/**
 * A storage RPC body for one node: what the onion and direct executors carry.
 *
 * @param node the destination
 * @param body the {@code {"method":…,"params":…}} JSON, UTF-8
 */
public record SnodeCall(Snode node, byte[] body) {
    /** Checks the members (the body is not copied: calls are internal and short-lived). */
    public SnodeCall {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(body, "body");
    }
}
