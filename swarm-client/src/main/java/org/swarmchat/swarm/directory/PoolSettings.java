package org.swarmchat.swarm.directory;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the node pool behaves (SPEC §1.2-§1.4).
 *
 * @param seeds the seed URLs (mainnet: {@code https://seed1.getsession.org:4443/} …)
 * @param minimumSize below this many nodes the pool re-seeds (Android 12; desktop 8)
 * @param agreementThreshold nodes that three refresh replies must agree on (desktop 24); the effective threshold
 *     is {@code min(agreementThreshold, largest reply)}, so that a devnet smaller than 24 nodes can refresh (see
 *     {@link PoolAgreement})
 * @param strikeThreshold failures after which a node is dropped (3)
 * @param refreshInterval how old the list may grow before a background refresh (desktop 1 h)
 * @param reseedInterval the least time between two re-seedings caused by a small pool, so that a network
 *     smaller than the minimum is not re-seeded on every request
 * @param seedRounds how many times the seed list is tried in one seeding (desktop retries 4 times)
 * @param seedTimeout the limit per seed request (5 s)
 * @param refreshTimeout the deadline of a background refresh
 */
public record PoolSettings(List<URI> seeds, int minimumSize, int agreementThreshold, int strikeThreshold,
        Duration refreshInterval, Duration reseedInterval, int seedRounds, Duration seedTimeout,
        Duration refreshTimeout) {
    /** Desktop's agreement threshold. */
    public static final int DESKTOP_AGREEMENT = 24;
    /** Android's minimum pool size. */
    public static final int MINIMUM_POOL = 12;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is below 1
     */
    public PoolSettings {
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(reseedInterval, "reseedInterval");
        Objects.requireNonNull(seedTimeout, "seedTimeout");
        Objects.requireNonNull(refreshTimeout, "refreshTimeout");
        if (minimumSize < 1 || agreementThreshold < 1 || strikeThreshold < 1 || seedRounds < 1) {
            throw new IllegalArgumentException("pool sizes, thresholds and rounds must be at least 1");
        }
    }

    /** The official clients' values for {@code seeds}. */
    public static PoolSettings defaults(List<URI> seeds) {
        return new PoolSettings(seeds, MINIMUM_POOL, DESKTOP_AGREEMENT, 3, Duration.ofHours(1),
                Duration.ofSeconds(30), 3, SeedClient.DEFAULT_TIMEOUT, Duration.ofSeconds(60));
    }
}
