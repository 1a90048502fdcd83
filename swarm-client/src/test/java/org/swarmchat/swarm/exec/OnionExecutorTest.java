package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.onion.OnionRequestBuilder;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.OnionPathException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.directory.InMemorySnodePoolStore;
import org.swarmchat.swarm.directory.PoolSettings;
import org.swarmchat.swarm.directory.PoolSnapshot;
import org.swarmchat.swarm.directory.SeedClient;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.onion.OnionPath;
import org.swarmchat.swarm.onion.PathManager;
import org.swarmchat.swarm.onion.PathSettings;
import org.swarmchat.swarm.transport.Deadline;

/** SPEC §4.4-§4.7 with real layer crypto: what each hop learns, and how relay errors are judged. */
class OnionExecutorTest {
    private static final String RECIPIENT = "05" + "77".repeat(32);
    private final FakeOnionNetwork network = new FakeOnionNetwork(12);
    private final List<Snode> nodes = TestNodes.nodes(12);
    private SnodePool pool;
    private PathManager paths;
    private OnionExecutor onion;

    @BeforeEach
    void setUp() throws Exception {
        InMemorySnodePoolStore store = new InMemorySnodePoolStore();
        store.save(new PoolSnapshot(nodes, Clock.systemUTC().instant()));
        pool = new SnodePool(new PoolSettings(List.of(URI.create("https://seed")), 1, 24, 3, Duration.ofHours(1),
                Duration.ofHours(1), 1, Duration.ofSeconds(1), Duration.ofSeconds(1)), store,
                new SeedClient(network, Duration.ofSeconds(1)), (n, d) -> List.of(), new SplittableRandom(3),
                Clock.systemUTC(), Runnable::run);
        pool.ensureReady(soon());
        paths = new PathManager(pool, (guard, deadline) -> { },
                new PathSettings(2, 3, Duration.ofSeconds(1), 3, Duration.ofSeconds(5)), new SplittableRandom(4),
                Runnable::run);
        paths.buildPaths(soon());
        onion = new OnionExecutor(network, paths, pool, new OnionRequestBuilder(new SecureRandom()),
                Duration.ofSeconds(2));
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(5));
    }

    private Snode destinationOutsidePaths() {
        return nodes.stream().filter(n -> paths.paths().stream().noneMatch(p -> p.contains(n.ed25519())))
                .findFirst().orElseThrow();
    }

    private static byte[] storeBody() {
        return ("{\"method\":\"batch\",\"params\":{\"requests\":[{\"method\":\"store\",\"params\":{\"pubkey\":\""
                + RECIPIENT + "\",\"data\":\"U0VDUkVUIE1FU1NBR0U=\"}}]}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRequestTravelsGuardFirstAndTheDestinationsReplyComesBack() throws Exception {
        Snode destination = destinationOutsidePaths();
        network.destination = body -> "{\"status\":421,\"body\":\"{\\\"snodes\\\":[]}\"}";

        SnodeReply reply = onion.execute(new SnodeCall(destination, storeBody()), soon());

        assertThat(reply.node()).isEqualTo(destination);
        assertThat(reply.status()).isEqualTo(421);
        assertThat(reply.text()).isEqualTo("{\"snodes\":[]}");
        OnionPath used = paths.paths().stream().filter(p -> p.guard().equals(network.contacted.getFirst()))
                .findFirst().orElseThrow();
        assertThat(network.seen.keySet()).containsExactlyInAnyOrder(used.hops().get(0).ed25519(),
                used.hops().get(1).ed25519(), used.hops().get(2).ed25519(), destination.ed25519());
    }

    @Test
    void onlyTheDestinationSeesTheRequestAndNoHopBeforeItSeesTheRecipient() throws Exception {
        Snode destination = destinationOutsidePaths();

        onion.execute(new SnodeCall(destination, storeBody()), soon());

        for (var entry : network.seen.entrySet()) {
            String plaintext = String.join("", entry.getValue());
            if (entry.getKey().equals(destination.ed25519())) {
                assertThat(plaintext).contains(RECIPIENT).contains("U0VDUkVUIE1FU1NBR0U=");
            } else {
                assertThat(plaintext).doesNotContain(RECIPIENT).doesNotContain("U0VDUkVUIE1FU1NBR0U=")
                        .doesNotContain("\"headers\"");
            }
        }
        assertThat(network.contacted).doesNotContain(destination);
    }

    @Test
    void aDestinationRelaysCannotFindIsDroppedAndReportedUnreachable() {
        Snode destination = destinationOutsidePaths();
        network.unknownToRelays.add(destination.ed25519());

        assertThatThrownBy(() -> onion.execute(new SnodeCall(destination, storeBody()), soon()))
                .isInstanceOf(SnodeUnreachableException.class).hasMessageContaining("Next node not found");
        assertThat(pool.contains(destination.ed25519())).isFalse();
        assertThat(paths.paths()).hasSize(2);
    }

    @Test
    void aRelayRelaysCannotFindIsReplacedInItsPath() throws Exception {
        OnionPath path = paths.paths().getFirst();
        Snode lost = path.hops().get(2);
        network.unknownToRelays.add(lost.ed25519());
        Snode destination = destinationOutsidePaths();

        for (int i = 0; i < 6; i++) {
            try {
                onion.execute(new SnodeCall(destination, storeBody()), soon());
            } catch (OnionPathException e) {
                assertThat(e.getMessage()).contains("Next node not found: " + lost.ed25519().hex());
            }
        }

        assertThat(pool.contains(lost.ed25519())).isFalse();
        assertThat(paths.paths()).noneMatch(p -> p.contains(lost.ed25519()));
        assertThat(onion.execute(new SnodeCall(destination, storeBody()), soon()).status()).isEqualTo(200);
    }

    @Test
    void aGuardThatRefusesTheConnectionLosesItsPath() throws Exception {
        OnionPath path = paths.paths().getFirst();
        network.refusing.add(path.guard().ed25519());
        Snode destination = destinationOutsidePaths();

        int failures = 0;
        for (int i = 0; i < 6; i++) {
            try {
                onion.execute(new SnodeCall(destination, storeBody()), soon());
            } catch (OnionPathException e) {
                failures++;
                assertThat(e.getMessage()).contains("cannot be reached");
            }
        }

        assertThat(failures).isLessThanOrEqualTo(1);
        assertThat(pool.contains(path.guard().ed25519())).isFalse();
        assertThat(paths.paths()).hasSize(2).doesNotContain(path);
    }

    @Test
    void aReplyThatDoesNotDecryptFailsThePathWithoutBlamingTheRelays() {
        network.garbleReplies = true;
        Snode destination = destinationOutsidePaths();

        assertThatThrownBy(() -> onion.execute(new SnodeCall(destination, storeBody()), soon()))
                .isInstanceOf(OnionPathException.class).hasMessageContaining("cannot be decrypted")
                .satisfies(e -> assertThat(((OnionPathException) e).suspectedDestination()).contains(destination));
        nodes.forEach(n -> assertThat(pool.strikes(n.ed25519())).isZero());
    }

    @Test
    void aDecryptedReplyWithoutStatusIsTheDestinationsFault() {
        network.destination = body -> "not json at all";
        Snode destination = destinationOutsidePaths();

        assertThatThrownBy(() -> onion.execute(new SnodeCall(destination, storeBody()), soon()))
                .isInstanceOf(MalformedResponseException.class);
    }
}
