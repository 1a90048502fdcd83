package org.swarmchat.devnet.fault;

import java.time.Duration;

/**
 * The faults set on one node. Shares are probabilities between 0 and 1, drawn independently per request.
 *
 * @param dropShare the share of requests closed without an answer
 * @param delayShare the share of requests held for {@code delay} before they are handled
 * @param delay how long delayed requests are held
 * @param garbageShare the share of requests answered with 200 and bytes that are not JSON
 * @param clockSkew how far the node's clock is off
 */
public record FaultPolicy(double dropShare, double delayShare, Duration delay, double garbageShare,
        Duration clockSkew) {
    /** No faults. */
    public static final FaultPolicy NONE = new FaultPolicy(0, 0, Duration.ZERO, 0, Duration.ZERO);

    /** Checks the shares and durations. */
    public FaultPolicy {
        checkShare(dropShare, "dropShare");
        checkShare(delayShare, "delayShare");
        checkShare(garbageShare, "garbageShare");
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive");
        }
        if (clockSkew == null) {
            throw new IllegalArgumentException("clockSkew is missing");
        }
    }

    private static void checkShare(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
        }
    }
}
