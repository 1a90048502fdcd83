package org.swarmchat.swarm.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.swarm.MutableClock;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.transport.Deadline;

/** SPEC §2.3, §2.6: swarms are cached, re-fetched when thinned out, and replaced by 421 replies. */
class SwarmDirectoryTest {
    private static final String PK = "05" + "ab".repeat(32);
    private final List<Snode> network = TestNodes.nodes(30);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemorySwarmCacheStore cache = new InMemorySwarmCacheStore();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<Swarm> answer = new AtomicReference<>(new Swarm("1", network.subList(0, 6)));
    private SnodePool pool;
    private SwarmDirectory directory;

    @BeforeEach
    void setUp() throws Exception {
        InMemorySnodePoolStore poolStore = new InMemorySnodePoolStore();
        poolStore.save(new PoolSnapshot(network, clock.instant()));
        pool = new SnodePool(PoolSettings.defaults(List.of(URI.create("https://seed"))), poolStore,
                new SeedClient(new FakeSeeds(), Duration.ofSeconds(1)), (n, d) -> List.of(), new SplittableRandom(2),
                clock, Runnable::run);
        pool.ensureReady(soon());
        directory = new SwarmDirectory(cache, pool, (pk, d) -> {
            fetches.incrementAndGet();
            return answer.get();
        }, clock, Duration.ofSeconds(60));
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(5));
    }

    @Test
    void aSwarmIsFetchedOnceAndThenCached() throws Exception {
        assertThat(directory.swarmOf(PK, soon()).members()).hasSize(6);
        assertThat(directory.swarmOf(PK, soon()).members()).hasSize(6);

        assertThat(fetches).hasValue(1);
        assertThat(cache.load(PK)).isPresent();
    }

    @Test
    void aSwarmWithFewerThanThreeMembersInThePoolIsFetchedAgain() throws Exception {
        directory.swarmOf(PK, soon());
        for (int i = 0; i < 4; i++) {
            pool.drop(network.get(i).ed25519(), "test");
        }
        clock.advance(Duration.ofMinutes(2));
        answer.set(new Swarm("1", network.subList(4, 10)));

        assertThat(directory.swarmOf(PK, soon()).members()).isEqualTo(network.subList(4, 10));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void anOwnSwarmOlderThanItsRefreshIntervalIsFetchedAgainToFindNewMembers() throws Exception {
        directory.freshSwarmOf(PK, Duration.ofHours(1), soon());
        answer.set(new Swarm("1", network.subList(0, 7)));

        assertThat(directory.freshSwarmOf(PK, Duration.ofHours(1), soon()).members()).hasSize(6);
        clock.advance(Duration.ofMinutes(61));
        assertThat(directory.freshSwarmOf(PK, Duration.ofHours(1), soon()).members()).hasSize(7);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailedRefreshKeepsTheCachedSwarm() throws Exception {
        directory.freshSwarmOf(PK, Duration.ofHours(1), soon());
        clock.advance(Duration.ofMinutes(61));
        SwarmDirectory failing = new SwarmDirectory(cache, pool, (pk, d) -> {
            throw new SwarmUnavailableException(pk, "no node answers", null);
        }, clock, Duration.ofSeconds(60));

        assertThat(failing.freshSwarmOf(PK, Duration.ofHours(1), soon()).members()).hasSize(6);
    }

    @Test
    void membersDroppedWhileBrieflyDownGetAnotherChanceWhenTheNetworkListsThemAgain() throws Exception {
        Swarm swarm = directory.swarmOf(PK, soon());
        swarm.members().forEach(m -> pool.drop(m.ed25519(), "down for a moment"));
        directory.invalidate(PK);

        Swarm again = directory.swarmOf(PK, soon());

        assertThat(again.members()).isEqualTo(swarm.members());
        assertThat(again.members()).noneMatch(m -> pool.isDropped(m.ed25519()))
                .allMatch(m -> pool.contains(m.ed25519()));
    }

    @Test
    void aFreshSwarmOfNodesThePoolDoesNotKnowIsNotFetchedOverAndOver() throws Exception {
        answer.set(new Swarm("2", TestNodes.nodes(40).subList(32, 38)));

        directory.swarmOf(PK, soon());
        directory.swarmOf(PK, soon());

        assertThat(fetches).hasValue(1);
    }

    @Test
    void a421ReplacesTheSwarmAndAnEmptyOneRemovesTheMember() throws Exception {
        directory.swarmOf(PK, soon());
        Swarm moved = new Swarm("9", network.subList(10, 16));

        directory.replace(PK, moved);
        assertThat(directory.swarmOf(PK, soon())).isEqualTo(moved);

        directory.removeMember(PK, network.get(10).ed25519());
        assertThat(directory.swarmOf(PK, soon()).members()).isEqualTo(network.subList(11, 16));
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aPubkeyWithoutASwarmIsAnError() {
        answer.set(new Swarm(Swarm.NO_SWARM, List.of()));

        assertThatThrownBy(() -> directory.swarmOf(PK, soon())).isInstanceOf(SwarmUnavailableException.class)
                .hasMessageContaining("no usable member");
    }
}
