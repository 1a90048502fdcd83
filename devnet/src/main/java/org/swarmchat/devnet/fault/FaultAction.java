package org.swarmchat.devnet.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * What a node does to one incoming request under its current faults: wait {@code delay} first, then answer
 * normally, drop the request, or answer garbage.
 *
 * @param delay how long to hold the request before anything else (zero: no delay)
 * @param outcome what to do after the delay
 */
public record FaultAction(Duration delay, Outcome outcome) {
    /** No fault. */
    public static final FaultAction PASS = new FaultAction(Duration.ZERO, Outcome.PASS);

    /** The three ways a request can end. */
    public enum Outcome {
        /** Process and answer normally. */
        PASS,
        /** Close the connection without processing or answering. */
        DROP,
        /** Answer 200 with bytes that are not JSON, without processing. */
        GARBAGE
    }

    /** Checks the members. */
    public FaultAction {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(outcome, "outcome");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay");
        }
    }
}
