package org.swarmchat.swarm.onion;

import java.time.Duration;
import java.util.Objects;

/**
 * How onion paths are built (SPEC §4.1).
 *
 * @param pathCount how many paths to keep (desktop's {@code desiredGuardCount}: 2)
 * @param hops nodes per path, guard included ({@code ONION_REQUEST_HOPS}: 3)
 * @param guardTestTimeout the limit of a guard test (desktop: 10 s)
 * @param failureThreshold consecutive failures after which a path is dropped ({@code pathFailureThreshold}: 3)
 * @param buildTimeout the deadline of a background build
 */
public record PathSettings(int pathCount, int hops, Duration guardTestTimeout, int failureThreshold,
        Duration buildTimeout) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is below 1
     */
    public PathSettings {
        Objects.requireNonNull(guardTestTimeout, "guardTestTimeout");
        Objects.requireNonNull(buildTimeout, "buildTimeout");
        if (pathCount < 1 || hops < 1 || failureThreshold < 1) {
            throw new IllegalArgumentException("path count, hops and failure threshold must be at least 1");
        }
    }

    /** Desktop's values: 2 paths of 3 hops, 10 s guard tests, 3 failures. */
    public static PathSettings defaults() {
        return new PathSettings(2, 3, Duration.ofSeconds(10), 3, Duration.ofSeconds(60));
    }
}
