package org.swarmchat.swarm.poll;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently the poller polls (SPEC §7).
 *
 * @param interval the pause between successful polls (desktop ACTIVE: 5 s)
 * @param timeout the deadline of one poll
 * @param maxBackoff the longest pause after failures (the interval doubles per consecutive failure up to it)
 * @param ownSwarmRefresh how old the cached own swarm may grow before a poll fetches it again (desktop: 1 h); it
 *     finds members that joined the swarm since, which no 421 would ever name
 */
public record PollSettings(Duration interval, Duration timeout, Duration maxBackoff, Duration ownSwarmRefresh) {
    /** Desktop's ACTIVE interval. */
    public static final Duration ACTIVE = Duration.ofSeconds(5);
    /** Desktop re-fetches the own swarm every hour. */
    public static final Duration OWN_SWARM_REFRESH = Duration.ofHours(1);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a duration is not positive
     */
    public PollSettings {
        for (Duration d : new Duration[] {interval, timeout, maxBackoff, ownSwarmRefresh}) {
            Objects.requireNonNull(d, "duration");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("poll durations must be positive, not " + d);
            }
        }
    }

    /** Settings that re-fetch the own swarm hourly. */
    public PollSettings(Duration interval, Duration timeout, Duration maxBackoff) {
        this(interval, timeout, maxBackoff, OWN_SWARM_REFRESH);
    }

    /** 5 s interval, 30 s per poll, backing off to 60 s, the own swarm re-fetched hourly. */
    public static PollSettings defaults() {
        return new PollSettings(ACTIVE, Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
