package org.swarmchat.swarm.exec;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline retries.
 *
 * @param maxAttempts attempts per call, the first included
 * @param backoff pauses between attempts
 * @param attemptTimeout the limit of one HTTP exchange (onion or direct)
 * @param batchWindow how long the batching layer collects requests to a target while a batch to it is in flight
 *     (zero: never merge; a request to a target with nothing in flight goes at once)
 */
public record RetrySettings(int maxAttempts, Backoff backoff, Duration attemptTimeout, Duration batchWindow) {
    /** Long enough to catch requests issued together, short beside an onion round trip. */
    public static final Duration DEFAULT_BATCH_WINDOW = Duration.ofMillis(10);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1 or the timeout is not positive
     */
    public RetrySettings {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(batchWindow, "batchWindow");
        if (maxAttempts < 1 || attemptTimeout.isZero() || attemptTimeout.isNegative()) {
            throw new IllegalArgumentException("need at least one attempt and a positive attempt timeout");
        }
    }

    /** 4 attempts, 250 ms to 5 s pauses, 15 s per attempt, a 10 ms batching window. */
    public static RetrySettings defaults() {
        return new RetrySettings(4, new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5)),
                Duration.ofSeconds(15), DEFAULT_BATCH_WINDOW);
    }
}
