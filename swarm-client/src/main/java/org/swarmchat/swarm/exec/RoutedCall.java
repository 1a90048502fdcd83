package org.swarmchat.swarm.exec;

import java.util.Objects;

/**
 * A {@code batch} body and where it should go: what the routing layer takes.
 *
 * @param target where
 * @param body the batch JSON, UTF-8
 */
public record RoutedCall(Target target, byte[] body) {
    /** Checks the members. */
    public RoutedCall {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
    }
}
