package org.swarmchat.app.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the outbox tries before it shows a message as failed. Each round is one swarm-client store, which
 * itself tries several members over several paths; between rounds the outbox waits, doubling the pause.
 *
 * @param rounds store calls per message before it is shown as failed (the user can retry it then)
 * @param firstPause the pause after the first failed round
 * @param ttl how long the recipient's swarm keeps a 1:1 message (Session: 14 days)
 * @param parallel messages in flight at once
 */
public record SendSettings(int rounds, Duration firstPause, Duration ttl, int parallel) {
    /** Session's 1:1 message lifetime in a swarm. */
    public static final Duration MESSAGE_TTL = Duration.ofDays(14);

    /** Checks the ranges. */
    public SendSettings {
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(ttl, "ttl");
        if (rounds < 1 || parallel < 1) {
            throw new IllegalArgumentException("rounds and parallel must be at least 1");
        }
    }

    /** Three rounds, 2 s then 4 s apart, a 14-day TTL, 8 messages at once. */
    public static SendSettings defaults() {
        return new SendSettings(3, Duration.ofSeconds(2), MESSAGE_TTL, 8);
    }
}
