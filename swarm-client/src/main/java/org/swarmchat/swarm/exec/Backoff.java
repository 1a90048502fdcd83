package org.swarmchat.swarm.exec;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: the n-th pause is drawn from [d/2, d] where
 * {@code d = min(max, initial * 2^(n-1))} ("equal jitter"), so that clients that failed together do not retry
 * together, yet none waits less than half the nominal pause.
 *
 * @param initial the nominal first pause
 * @param max the largest nominal pause
 */
public record Backoff(Duration initial, Duration max) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code initial} is not positive or {@code max} is below it
     */
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** The nominal (un-jittered) pause before retry number {@code attempt} (1-based). */
    public Duration nominal(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, not " + attempt);
        }
        long millis = initial.toMillis();
        for (int i = 1; i < attempt && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** The jittered pause before retry number {@code attempt}. */
    public Duration delay(int attempt, RandomGenerator random) {
        long nominal = nominal(attempt).toMillis();
        long half = nominal / 2;
        return Duration.ofMillis(half + (nominal - half == 0 ? 0 : random.nextLong(nominal - half + 1)));
    }
}
