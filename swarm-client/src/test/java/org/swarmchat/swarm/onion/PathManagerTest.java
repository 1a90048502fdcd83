package org.swarmchat.swarm.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.PathUnavailableException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.directory.InMemorySnodePoolStore;
import org.swarmchat.swarm.directory.PoolSettings;
import org.swarmchat.swarm.directory.PoolSnapshot;
import org.swarmchat.swarm.directory.SeedClient;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.transport.Deadline;

/** SPEC §4.1: tested guards, disjoint paths, never through the destination, rebuilt after failures. */
class PathManagerTest {
    private final List<Snode> network = TestNodes.nodes(20);
    private final Set<Ed25519PublicKey> badGuards = new HashSet<>();
    private final List<Snode> tested = new CopyOnWriteArrayList<>();
    private final List<PathStatus> statuses = new CopyOnWriteArrayList<>();

    private SnodePool pool(List<Snode> nodes) throws Exception {
        InMemorySnodePoolStore store = new InMemorySnodePoolStore();
        store.save(new PoolSnapshot(nodes, Clock.systemUTC().instant()));
        SnodePool pool = new SnodePool(new PoolSettings(List.of(URI.create("https://seed")), 1, 24, 3,
                Duration.ofHours(1), Duration.ofHours(1), 1, Duration.ofSeconds(1), Duration.ofSeconds(1)), store,
                new SeedClient((u, b, c, d) -> {
                    throw new AssertionError("no seeding expected");
                }, Duration.ofSeconds(1)), (n, d) -> List.of(), new SplittableRandom(11), Clock.systemUTC(),
                Runnable::run);
        pool.ensureReady(soon());
        return pool;
    }

    private PathManager manager(SnodePool pool) {
        PathManager paths = new PathManager(pool, (guard, deadline) -> {
            tested.add(guard);
            if (badGuards.contains(guard.ed25519())) {
                throw new SnodeUnreachableException(guard, guard + " refused", null);
            }
        }, new PathSettings(2, 3, Duration.ofSeconds(1), 3, Duration.ofSeconds(5)), new SplittableRandom(13),
                Runnable::run);
        paths.status().addObserver(statuses::add);
        return paths;
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(5));
    }

    @Test
    void twoDisjointPathsOfThreeHopsOnTestedGuards() throws Exception {
        PathManager paths = manager(pool(network));

        paths.buildPaths(soon());

        List<OnionPath> built = paths.paths();
        assertThat(built).hasSize(2);
        assertThat(built).allSatisfy(p -> assertThat(p.hops()).hasSize(3));
        Set<Ed25519PublicKey> all = new HashSet<>();
        built.forEach(p -> p.hops().forEach(h -> assertThat(all.add(h.ed25519())).isTrue()));
        assertThat(tested).containsExactly(built.get(0).guard(), built.get(1).guard());
        assertThat(paths.status().get().state()).isEqualTo(PathStatus.State.READY);
        assertThat(statuses).extracting(PathStatus::state).containsSubsequence(PathStatus.State.DOWN,
                PathStatus.State.BUILDING, PathStatus.State.DEGRADED, PathStatus.State.READY);
    }

    @Test
    void theDestinationIsNeverOnThePathThatCarriesItsRequest() throws Exception {
        PathManager paths = manager(pool(network));
        paths.buildPaths(soon());

        for (OnionPath existing : paths.paths()) {
            for (Snode hop : existing.hops()) {
                for (int i = 0; i < 20; i++) {
                    assertThat(paths.pathFor(hop, soon()).contains(hop.ed25519())).isFalse();
                }
            }
        }
        for (Snode other : network) {
            assertThat(paths.pathFor(other, soon()).contains(other.ed25519())).isFalse();
        }
    }

    @Test
    void guardsThatFailTheirTestAreSkippedAndStruck() throws Exception {
        SnodePool pool = pool(network);
        network.subList(0, 10).forEach(n -> badGuards.add(n.ed25519()));
        PathManager paths = manager(pool);

        OnionPath path = paths.pathFor(network.get(19), soon());

        assertThat(badGuards).doesNotContain(path.guard().ed25519());
        assertThat(tested.getLast()).isEqualTo(path.guard());
        tested.subList(0, tested.size() - 1).forEach(t -> assertThat(pool.strikes(t.ed25519())).isEqualTo(1));
    }

    @Test
    void whenNoGuardAnswersThereIsNoPathAndTheStatusSaysWhy() throws Exception {
        network.forEach(n -> badGuards.add(n.ed25519()));
        PathManager paths = manager(pool(network));

        assertThatThrownBy(() -> paths.pathFor(network.get(0), soon())).isInstanceOf(PathUnavailableException.class)
                .hasMessageContaining("no candidate guard answered");
        assertThat(tested).hasSize(PathManager.GUARD_ATTEMPTS);
        assertThat(paths.status().get().state()).isEqualTo(PathStatus.State.DOWN);
        assertThat(paths.status().get().detail()).contains("refused");
    }

    @Test
    void aPoolTooSmallForAPathIsSaidSo() throws Exception {
        PathManager paths = manager(pool(network.subList(0, 3)));

        assertThatThrownBy(() -> paths.pathFor(network.get(0), soon())).isInstanceOf(PathUnavailableException.class)
                .hasMessageContaining("a path needs 3 nodes");
    }

    @Test
    void threeFailuresDropThePathAndItsGuardAndAnotherIsBuilt() throws Exception {
        SnodePool pool = pool(network);
        PathManager paths = manager(pool);
        paths.buildPaths(soon());
        OnionPath failing = paths.paths().getFirst();

        paths.reportFailure(failing, "timeout", true);
        paths.reportFailure(failing, "timeout", true);
        assertThat(paths.paths()).contains(failing);
        paths.reportFailure(failing, "timeout", true);

        assertThat(paths.paths()).doesNotContain(failing).hasSize(2);
        assertThat(pool.contains(failing.guard().ed25519())).isFalse();
        assertThat(pool.contains(failing.hops().get(1).ed25519())).as("relays struck on every failure").isFalse();
    }

    @Test
    void aSuccessForgivesEarlierFailures() throws Exception {
        PathManager paths = manager(pool(network));
        paths.buildPaths(soon());
        OnionPath path = paths.paths().getFirst();

        paths.reportFailure(path, "timeout", false);
        paths.reportFailure(path, "timeout", false);
        paths.reportSuccess(path);
        paths.reportFailure(path, "timeout", false);

        assertThat(paths.paths()).contains(path);
    }

    @Test
    void anUnreachableRelayIsReplacedInPlace() throws Exception {
        SnodePool pool = pool(network);
        PathManager paths = manager(pool);
        paths.buildPaths(soon());
        OnionPath path = paths.paths().getFirst();
        Snode lost = path.hops().get(2);

        paths.reportHopUnreachable(path, lost.ed25519(), "Next node not found");

        OnionPath patched = paths.paths().stream().filter(p -> p.guard().equals(path.guard())).findFirst()
                .orElseThrow();
        assertThat(patched.hops().get(1)).isEqualTo(path.hops().get(1));
        assertThat(patched.contains(lost.ed25519())).isFalse();
        assertThat(pool.contains(lost.ed25519())).isFalse();
    }

    @Test
    void aGuardThatRefusesConnectionsTakesItsPathWithIt() throws Exception {
        SnodePool pool = pool(network);
        PathManager paths = manager(pool);
        paths.buildPaths(soon());
        OnionPath path = paths.paths().getFirst();

        paths.reportGuardUnreachable(path, "connection refused");

        assertThat(pool.contains(path.guard().ed25519())).isFalse();
        assertThat(paths.paths()).hasSize(2).doesNotContain(path);
    }

    @Test
    void theGuardIsNeverAMemberOfTheDestinationsSwarm() throws Exception {
        PathManager paths = manager(pool(network));
        paths.buildPaths(soon());
        Set<Ed25519PublicKey> guards = new HashSet<>();
        paths.paths().forEach(p -> guards.add(p.guard().ed25519()));
        Set<Ed25519PublicKey> swarm = new HashSet<>(guards);
        Snode destination = network.stream().filter(n -> paths.paths().stream().noneMatch(p -> p.contains(
                n.ed25519()))).findFirst().orElseThrow();
        swarm.add(destination.ed25519());

        OnionPath path = paths.pathFor(destination, swarm, soon());

        assertThat(swarm).doesNotContain(path.guard().ed25519());
        assertThat(path.contains(destination.ed25519())).isFalse();
        assertThat(paths.paths()).hasSize(2).contains(path);
    }
}
