package org.swarmchat.swarm.poll;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently the poller polls (SPEC §7).
 *
 * @param interval the pause between successful polls (desktop ACTIVE: 5 s)
 * @param timeout the deadline of one poll
 * @param maxBackoff the longest pause after failures (the interval doubles per consecutive failure up to it)
 */
public record PollSettings(Duration interval, Duration timeout, Duration maxBackoff) {
    /** Desktop's ACTIVE interval. */
    public static final Duration ACTIVE = Duration.ofSeconds(5);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a duration is not positive
     */
    public PollSettings {
        for (Duration d : new Duration[] {interval, timeout, maxBackoff}) {
            Objects.requireNonNull(d, "duration");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("poll durations must be positive, not " + d);
            }
        }
    }

    /** 5 s interval, 30 s per poll, backing off to 60 s. */
    public static PollSettings defaults() {
        return new PollSettings(ACTIVE, Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
