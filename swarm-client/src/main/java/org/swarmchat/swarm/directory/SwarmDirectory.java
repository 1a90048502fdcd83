package org.swarmchat.swarm.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * Pubkey to swarm (SPEC §2.3, §2.6), cached through a {@link SwarmCacheStore}. A cached swarm is used until
 * fewer than {@value #MIN_MEMBERS_IN_POOL} of its members are still in the pool (desktop's
 * {@code minSwarmSnodeCount}); then it is fetched again. A 421 reply replaces it at once.
 *
 * <p>When the pool does not know a swarm's members yet (nodes that joined after the last pool refresh), a
 * freshly fetched swarm would look stale at once; a swarm fetched less than {@code refetchPause} ago is
 * therefore kept regardless, and the pool is left to catch up at its next refresh.
 *
 * <p>Thread-safe.
 */
public final class SwarmDirectory {
    /** Desktop's {@code minSwarmSnodeCount}. */
    public static final int MIN_MEMBERS_IN_POOL = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SwarmDirectory.class);

    private final SwarmCacheStore store;
    private final SnodePool pool;
    private final SwarmFetcher fetcher;
    private final Clock clock;
    private final Duration refetchPause;
    private final Map<String, Instant> fetchedAt = new ConcurrentHashMap<>();

    /** A directory over {@code store}, fetching through {@code fetcher}. */
    public SwarmDirectory(SwarmCacheStore store, SnodePool pool, SwarmFetcher fetcher, Clock clock,
            Duration refetchPause) {
        this.store = store;
        this.pool = pool;
        this.fetcher = fetcher;
        this.clock = clock;
        this.refetchPause = refetchPause;
    }

    /**
     * The swarm of {@code pubkey}: cached, or fetched when unknown or thinned out.
     *
     * @throws SwarmUnavailableException if the network says no swarm serves the pubkey, or lists no usable member
     * @throws SwarmException if the swarm had to be fetched and that failed
     */
    public Swarm swarmOf(String pubkey, Deadline deadline) throws SwarmException {
        Optional<Swarm> cached = store.load(pubkey);
        if (cached.isPresent() && (membersInPool(cached.get()) >= MIN_MEMBERS_IN_POOL || recentlyFetched(pubkey))
                && !cached.get().members().isEmpty()) {
            return cached.get();
        }
        Swarm fresh = fetcher.fetch(pubkey, deadline);
        if (fresh.members().isEmpty()) {
            throw new SwarmUnavailableException(pubkey, "the network lists no usable member for the swarm of "
                    + pubkey + " (swarm " + fresh.id() + ")", null);
        }
        save(pubkey, fresh, "get_swarm");
        return fresh;
    }

    /**
     * The swarm of {@code pubkey}, fetched again if this directory has not fetched it within {@code maxAge} (after
     * a restart a cached swarm counts as old). If that fetch fails, the cached swarm is used.
     *
     * @throws SwarmException as {@link #swarmOf(String, Deadline)} when nothing usable is cached
     */
    public Swarm freshSwarmOf(String pubkey, Duration maxAge, Deadline deadline) throws SwarmException {
        Instant at = fetchedAt.get(pubkey);
        Optional<Swarm> cached = store.load(pubkey);
        if (cached.isEmpty() || (at != null && clock.instant().isBefore(at.plus(maxAge)))) {
            return swarmOf(pubkey, deadline);
        }
        try {
            Swarm fresh = fetcher.fetch(pubkey, deadline);
            if (!fresh.members().isEmpty()) {
                save(pubkey, fresh, "get_swarm (refresh)");
                return fresh;
            }
        } catch (SwarmException e) {
            LOG.info("refreshing the swarm of {} failed, keeping the cached one: {}", pubkey, e.getMessage());
        }
        return swarmOf(pubkey, deadline);
    }

    /** Whether a swarm for {@code pubkey} is cached. */
    public Optional<Swarm> cached(String pubkey) {
        return store.load(pubkey);
    }

    /** Replaces the swarm of {@code pubkey} with the one a 421 reply named. */
    public void replace(String pubkey, Swarm swarm) {
        save(pubkey, swarm, "421 reply");
    }

    /**
     * Removes {@code node} from the cached swarm of {@code pubkey} (a 421 that named no swarm, or a member that
     * cannot be reached).
     */
    public void removeMember(String pubkey, Ed25519PublicKey node) {
        store.load(pubkey).ifPresent(swarm -> {
            List<Snode> left = swarm.members().stream().filter(m -> !m.ed25519().equals(node)).toList();
            if (left.size() != swarm.members().size()) {
                store.save(pubkey, new Swarm(swarm.id(), left));
            }
        });
    }

    /** Forgets the swarm of {@code pubkey}, so that the next use fetches it. */
    public void invalidate(String pubkey) {
        store.remove(pubkey);
        fetchedAt.remove(pubkey);
    }

    private void save(String pubkey, Swarm swarm, String from) {
        // The network just vouched for these members: they get another chance even if they were dropped.
        pool.readmit(swarm.members());
        store.save(pubkey, swarm);
        fetchedAt.put(pubkey, clock.instant());
        LOG.debug("swarm of {} is {} with {} members (from {})", pubkey, swarm.id(), swarm.members().size(), from);
    }

    private boolean recentlyFetched(String pubkey) {
        Instant at = fetchedAt.get(pubkey);
        return at != null && clock.instant().isBefore(at.plus(refetchPause));
    }

    private int membersInPool(Swarm swarm) {
        return (int) swarm.members().stream().filter(m -> pool.contains(m.ed25519())).count();
    }
}
