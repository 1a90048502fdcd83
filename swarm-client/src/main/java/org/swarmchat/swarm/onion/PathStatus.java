package org.swarmchat.swarm.onion;

import java.util.List;
import java.util.Objects;

/**
 * What the onion paths look like now, for the network screen.
 *
 * @param state the overall state
 * @param paths the usable paths and their hops
 * @param detail why the state is what it is (the last build error when DOWN or DEGRADED), or empty
 */
public record PathStatus(State state, List<OnionPath> paths, String detail) {
    /** Copies the list. */
    public PathStatus {
        Objects.requireNonNull(state, "state");
        paths = List.copyOf(paths);
        Objects.requireNonNull(detail, "detail");
    }

    /** The overall state of the paths. */
    public enum State {
        /** No usable path yet; one is being built. */
        BUILDING,
        /** As many paths as configured are usable. */
        READY,
        /** Some, but fewer than configured, paths are usable. */
        DEGRADED,
        /** No path is usable and none is being built; requests will try to build one. */
        DOWN
    }
}
