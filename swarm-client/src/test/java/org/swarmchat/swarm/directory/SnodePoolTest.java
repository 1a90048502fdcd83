package org.swarmchat.swarm.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.MutableClock;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.SnodePoolUnavailableException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.transport.Deadline;

/** SPEC §1.2-§1.4: seeding, refreshing by agreement, strikes, persistence and re-seeding. */
class SnodePoolTest {
    private static final URI SEED_A = URI.create("https://seed-a:4443/");
    private static final URI SEED_B = URI.create("https://seed-b:4443");
    private final List<Snode> network = TestNodes.nodes(30);
    private final FakeSeeds seeds = new FakeSeeds();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemorySnodePoolStore store = new InMemorySnodePoolStore();
    private final Map<Ed25519PublicKey, List<Snode>> answers = new ConcurrentHashMap<>();
    private final List<Snode> asked = new ArrayList<>();

    private SnodePool pool(int agreement) {
        return pool(agreement, List.of());
    }

    private SnodePool pool(int agreement, List<Snode> bundled) {
        PoolSettings settings = new PoolSettings(List.of(SEED_A, SEED_B), 12, agreement, 3, Duration.ofHours(1),
                Duration.ofSeconds(30), 2, Duration.ofSeconds(5), Duration.ofSeconds(30));
        PoolSource source = (node, deadline) -> {
            asked.add(node);
            List<Snode> list = answers.get(node.ed25519());
            if (list == null) {
                throw new SnodeUnreachableException(node, node + " is down", null);
            }
            return list;
        };
        return new SnodePool(settings, store, new SeedClient(seeds, Duration.ofSeconds(5)), source,
                new SplittableRandom(1), clock, Runnable::run, bundled);
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(5));
    }

    @Test
    void seedingAsksASeedWithDesktopsRequestAndDropsNodesWithoutProof() throws Exception {
        seeds.lists.put("https://seed-b:4443/json_rpc", network);
        SnodePool pool = pool(24);

        pool.ensureReady(soon());

        assertThat(pool.snapshot()).containsExactlyElementsOf(network);
        assertThat(new String(seeds.bodies.getFirst(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"method\":\"get_n_service_nodes\",\"params\":{\"active_only\":true,"
                + "\"fields\":{\"public_ip\":true,\"storage_port\":true,\"pubkey_x25519\":true,"
                + "\"pubkey_ed25519\":true,\"requested_unlock_height\":true,\"height\":true}}}");
        assertThat(store.load().orElseThrow().nodes()).containsExactlyElementsOf(network);
    }

    @Test
    void whenNoSeedAnswersTheErrorNamesEachSeed() {
        seeds.raw.put("https://seed-a:4443/json_rpc", "\u00ff<garbage>".getBytes(StandardCharsets.ISO_8859_1));
        SnodePool pool = pool(24);

        assertThatThrownBy(() -> pool.ensureReady(soon()))
                .isInstanceOf(SnodePoolUnavailableException.class)
                .hasMessageContaining("seed-a").hasMessageContaining("not JSON")
                .hasMessageContaining("seed-b");
    }

    @Test
    void whenEverySeedFailsAnEmptyPoolStartsFromTheBundledSnapshot() throws Exception {
        List<Snode> bundled = network.subList(0, 20);
        SnodePool pool = pool(24, bundled);

        pool.ensureReady(soon());

        assertThat(seeds.calls).isNotEmpty();
        assertThat(pool.snapshot()).containsExactlyElementsOf(bundled);
        // Not saved: the snapshot is old by nature, and the first refresh from its nodes replaces it.
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aSeedThatAnswersOrASavedPoolWinsOverTheBundledSnapshot() throws Exception {
        seeds.lists.put("https://seed-a:4443/json_rpc", network);
        SnodePool seeded = pool(24, network.subList(0, 5));
        seeded.ensureReady(soon());
        assertThat(seeded.snapshot()).containsExactlyElementsOf(network);

        seeds.lists.clear();
        SnodePool saved = pool(24, network.subList(0, 5));
        saved.ensureReady(soon());
        assertThat(saved.snapshot()).containsExactlyElementsOf(network);
    }

    @Test
    void aSavedPoolIsUsedWithoutAskingTheSeeds() throws Exception {
        store.save(new PoolSnapshot(network, clock.instant()));
        SnodePool pool = pool(24);

        pool.ensureReady(soon());

        assertThat(pool.size()).isEqualTo(30);
        assertThat(seeds.calls).isEmpty();
    }

    @Test
    void threeStrikesDropANodeAndTheDropIsSaved() throws Exception {
        store.save(new PoolSnapshot(network, clock.instant()));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        Ed25519PublicKey bad = network.get(3).ed25519();

        assertThat(pool.strike(bad, "test")).isFalse();
        assertThat(pool.strike(bad, "test")).isFalse();
        assertThat(pool.strike(bad, "test")).isTrue();

        assertThat(pool.contains(bad)).isFalse();
        assertThat(pool.isDropped(bad)).isTrue();
        assertThat(store.load().orElseThrow().nodes()).hasSize(29);
    }

    @Test
    void aPoolBelowTheMinimumIsReseededButNotOnEveryRequest() throws Exception {
        seeds.lists.put("https://seed-a:4443/json_rpc", network.subList(0, 13));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        pool.drop(network.get(0).ed25519(), "test");
        pool.drop(network.get(1).ed25519(), "test");
        seeds.calls.clear();

        pool.ensureReady(soon());
        assertThat(seeds.calls).isEmpty();
        assertThat(pool.size()).isEqualTo(11);

        clock.advance(Duration.ofSeconds(31));
        pool.ensureReady(soon());
        assertThat(seeds.calls).isNotEmpty();
        assertThat(pool.size()).isEqualTo(13);
    }

    @Test
    void aRefreshTakesWhatThreeNodesAgreeOnAndForgivesStrikes() throws Exception {
        store.save(new PoolSnapshot(network.subList(0, 25), clock.instant()));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        network.forEach(n -> answers.put(n.ed25519(), network));
        pool.strike(network.get(0).ed25519(), "test");

        pool.refresh(soon());

        assertThat(pool.size()).isEqualTo(30);
        assertThat(asked).hasSize(3);
        assertThat(pool.strikes(network.get(0).ed25519())).isZero();
        assertThat(seeds.calls).isEmpty();
    }

    @Test
    void aRefreshSkipsNodesThatDoNotAnswer() throws Exception {
        store.save(new PoolSnapshot(network, clock.instant()));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        network.subList(10, 30).forEach(n -> answers.put(n.ed25519(), network));

        pool.refresh(soon());

        assertThat(asked.size()).isBetween(3, SnodePool.REFRESH_ATTEMPTS);
        assertThat(pool.size()).isEqualTo(30);
    }

    @Test
    void disagreeingNodesSendTheRefreshBackToTheSeeds() throws Exception {
        store.save(new PoolSnapshot(network, clock.instant()));
        seeds.lists.put("https://seed-a:4443/json_rpc", network.subList(0, 20));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        for (int i = 0; i < network.size(); i++) {
            List<Snode> ownView = new ArrayList<>(network.subList(0, 20));
            ownView.add(TestNodes.node(100 + i));
            answers.put(network.get(i).ed25519(), ownView);
        }

        pool.refresh(soon());

        assertThat(seeds.calls).contains("https://seed-a:4443/json_rpc");
        assertThat(pool.size()).isEqualTo(20);
    }

    @Test
    void aStalePoolIsRefreshedInTheBackground() throws Exception {
        store.save(new PoolSnapshot(network, clock.instant()));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        network.forEach(n -> answers.put(n.ed25519(), network.subList(0, 28)));

        clock.advance(Duration.ofHours(2));
        pool.ensureReady(soon());

        assertThat(pool.size()).isEqualTo(28);
        assertThat(pool.refreshedAt()).isEqualTo(clock.instant());
    }

    @Test
    void randomPicksDistinctNodesOutsideTheExclusions() throws Exception {
        store.save(new PoolSnapshot(network, clock.instant()));
        SnodePool pool = pool(24);
        pool.ensureReady(soon());
        Set<Ed25519PublicKey> exclude = Set.of(network.get(0).ed25519(), network.get(1).ed25519());

        List<Snode> picked = pool.random(28, exclude);

        assertThat(picked).hasSize(28).doesNotHaveDuplicates();
        assertThat(picked).extracting(Snode::ed25519).doesNotContainAnyElementsOf(exclude);
    }

    @Test
    void manyCallersAtStartUpShareOneSeeding() throws Exception {
        seeds.lists.put("https://seed-a:4443/json_rpc", network);
        seeds.lists.put("https://seed-b:4443/json_rpc", network);
        SnodePool pool = pool(24);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                try {
                    pool.ensureReady(soon());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : callers) {
            t.join();
        }

        assertThat(seeds.calls).hasSize(1);
        assertThat(pool.size()).isEqualTo(30);
    }
}
