package org.swarmchat.app.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How the messenger sends and polls.
 *
 * @param send the outbox's retry budget and message lifetime
 * @param pollInterval the pause between polls of the own swarm while receiving continuously
 * @param ownSwarmRefresh how old the own swarm's member list may grow before it is fetched again (desktop: 1 h)
 */
public record MessengerSettings(SendSettings send, Duration pollInterval, Duration ownSwarmRefresh) {
    /** Desktop's active poll interval. */
    public static final Duration DESKTOP_POLL = Duration.ofSeconds(5);

    /** Checks that nothing is missing. */
    public MessengerSettings {
        Objects.requireNonNull(send, "send");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(ownSwarmRefresh, "ownSwarmRefresh");
    }

    /** Settings that re-fetch the own swarm hourly, as desktop does. */
    public MessengerSettings(SendSettings send, Duration pollInterval) {
        this(send, pollInterval, Duration.ofHours(1));
    }

    /** The defaults: {@link SendSettings#defaults()}, polling every 5 s as desktop does. */
    public static MessengerSettings defaults() {
        return new MessengerSettings(SendSettings.defaults(), DESKTOP_POLL);
    }
}
