package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.ClockOutOfSyncException;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.OnionPathException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.directory.InMemorySnodePoolStore;
import org.swarmchat.swarm.directory.InMemorySwarmCacheStore;
import org.swarmchat.swarm.directory.PoolSettings;
import org.swarmchat.swarm.directory.PoolSnapshot;
import org.swarmchat.swarm.directory.SeedClient;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.directory.SwarmDirectory;
import org.swarmchat.swarm.transport.Deadline;

/** SPEC §2.6, §3.3: the routing layer moves to another member on node failures and follows 421s. */
class SwarmRoutingExecutorTest {
    private static final String PK = "05" + "cd".repeat(32);
    private static final byte[] OK = "{\"results\":[{\"code\":200,\"body\":{\"t\":1}}]}"
            .getBytes(StandardCharsets.UTF_8);
    private final List<Snode> network = TestNodes.nodes(30);
    private final Swarm oldSwarm = new Swarm("1", network.subList(0, 5));
    private final Swarm newSwarm = new Swarm("2", network.subList(10, 15));
    private final Map<Ed25519PublicKey, Behaviour> behaviour = new ConcurrentHashMap<>();
    private final List<Snode> called = new CopyOnWriteArrayList<>();
    private SnodePool pool;
    private SwarmDirectory directory;
    private SwarmRoutingExecutor routing;

    @FunctionalInterface
    private interface Behaviour {
        SnodeReply answer(Snode node) throws SwarmException;
    }

    @BeforeEach
    void setUp() throws Exception {
        InMemorySnodePoolStore store = new InMemorySnodePoolStore();
        store.save(new PoolSnapshot(network, Clock.systemUTC().instant()));
        pool = new SnodePool(PoolSettings.defaults(List.of(URI.create("https://seed"))), store,
                new SeedClient((u, b, c, d) -> {
                    throw new AssertionError("no seeding expected");
                }, Duration.ofSeconds(1)), (n, d) -> List.of(), new SplittableRandom(5), Clock.systemUTC(),
                Runnable::run);
        pool.ensureReady(soon());
        directory = new SwarmDirectory(new InMemorySwarmCacheStore(), pool, (pk, d) -> oldSwarm, Clock.systemUTC(),
                Duration.ofSeconds(60));
        RequestExecutor<SnodeCall, SnodeReply> carrier = (call, deadline) -> {
            called.add(call.node());
            return behaviour.getOrDefault(call.node().ed25519(), n -> reply(n, 200, OK)).answer(call.node());
        };
        routing = new SwarmRoutingExecutor(carrier, directory, pool, new SplittableRandom(9));
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(10));
    }

    private static SnodeReply reply(Snode node, int status, byte[] body) {
        return new SnodeReply(node, status, body);
    }

    private static SnodeReply reply(Snode node, int status, String body) {
        return reply(node, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private BatchReply send() throws SwarmException {
        return routing.execute(new RoutedCall(new Target.Swarm(PK), new byte[] {'{', '}'}), soon());
    }

    private static String swarmJson(Swarm swarm) {
        StringBuilder s = new StringBuilder("{\"snodes\":[");
        for (int i = 0; i < swarm.members().size(); i++) {
            Snode n = swarm.members().get(i);
            s.append(i == 0 ? "" : ",").append("{\"ip\":\"").append(n.ip()).append("\",\"port_https\":")
                    .append(n.port()).append(",\"pubkey_ed25519\":\"").append(n.ed25519().hex())
                    .append("\",\"pubkey_x25519\":\"").append(n.x25519().hex()).append("\"}");
        }
        return s.append("],\"swarm\":\"").append(swarm.id()).append("\",\"t\":1}").toString();
    }

    @Test
    void aHealthyMemberAnswersAtOnce() throws Exception {
        BatchReply reply = send();

        assertThat(oldSwarm.members()).contains(reply.node());
        assertThat(reply.results()).hasSize(1);
        assertThat(called).hasSize(1);
    }

    @Test
    void anUnreachableMemberIsStruckAndAnotherTried() throws Exception {
        for (Snode n : oldSwarm.members().subList(0, 4)) {
            behaviour.put(n.ed25519(), node -> {
                throw new SnodeUnreachableException(node, node + " refused", null);
            });
        }

        BatchReply reply = send();

        assertThat(reply.node()).isEqualTo(oldSwarm.members().get(4));
        for (Snode n : called.subList(0, called.size() - 1)) {
            assertThat(pool.strikes(n.ed25519())).isEqualTo(1);
        }
    }

    @Test
    void a421MovesTheRequestToTheSwarmItNames() throws Exception {
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> reply(node, 421, swarmJson(newSwarm)));
        }

        BatchReply reply = send();

        assertThat(newSwarm.members()).contains(reply.node());
        assertThat(directory.cached(PK)).contains(newSwarm);
        assertThat(called).hasSize(2);
    }

    @Test
    void a421InsideTheBatchCountsToo() throws Exception {
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> reply(node, 200, "{\"results\":[{\"code\":421,\"body\":"
                    + swarmJson(newSwarm) + "}]}"));
        }

        assertThat(newSwarm.members()).contains(send().node());
    }

    @Test
    void oneMemberWithAWrongClockIsSkipped() throws Exception {
        Snode skewed = oldSwarm.members().get(2);
        behaviour.put(skewed.ed25519(), node -> reply(node, 406, "Timestamp error: check your clock"));
        for (int i = 0; i < 10; i++) {
            assertThat(send().node()).isNotEqualTo(skewed);
        }
    }

    @Test
    void twoMembersRejectingOurClockMeanOurClockIsWrong() {
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> reply(node, 200,
                    "{\"results\":[{\"code\":406,\"body\":\"Timestamp error: check your clock\"}]}"));
        }

        assertThatThrownBy(this::send).isInstanceOf(ClockOutOfSyncException.class)
                .hasMessageContaining("reject our timestamps");
        assertThat(called).hasSize(SwarmRoutingExecutor.CLOCK_REJECTIONS_TO_BLAME_US);
    }

    @Test
    void whenEveryMemberFailsTheErrorSaysWhatEachDidAndTheSwarmIsForgotten() throws Exception {
        directory.swarmOf(PK, soon());
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> reply(node, 200, "\u00ff<garbage>"));
        }

        assertThatThrownBy(this::send).isInstanceOf(SwarmUnavailableException.class)
                .hasMessageContaining("no member of the swarm of " + PK)
                .hasMessageContaining("not JSON");
        assertThat(called).hasSize(5);
        assertThat(directory.cached(PK)).isEmpty();
    }

    @Test
    void aRefusedRequestIsNotSentElsewhere() {
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> reply(node, 400, "invalid request: bad params"));
        }

        assertThatThrownBy(this::send).isInstanceOf(SnodeRequestException.class)
                .hasMessageContaining("400").hasMessageContaining("bad params");
        assertThat(called).hasSize(1);
    }

    @Test
    void pathFailuresTryAgainButNotForever() {
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> {
                throw new OnionPathException(TestNodes.nodes(3), "guard refused", null);
            });
        }

        assertThatThrownBy(this::send).isInstanceOf(OnionPathException.class);
        assertThat(called).hasSize(SwarmRoutingExecutor.PATH_FAILURES_PER_CALL);
    }

    @Test
    void pathsMendedAfterADeadHopDoNotCostTheCall() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Snode> path = TestNodes.nodes(3);
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> {
                if (calls.incrementAndGet() <= SwarmRoutingExecutor.PATH_FAILURES_PER_CALL + 2) {
                    throw OnionPathException.deadHop(path, path.get(2), "next node is currently unreachable");
                }
                return reply(node, 200, OK);
            });
        }

        assertThat(send().results()).hasSize(1);
        assertThat(called).hasSize(SwarmRoutingExecutor.PATH_FAILURES_PER_CALL + 3);
    }

    @Test
    void aRelayThatKeepsNamingDeadHopsCannotHoldTheCall() {
        List<Snode> path = TestNodes.nodes(3);
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> {
                throw OnionPathException.deadHop(path, path.get(1), "next node is currently unreachable");
            });
        }

        assertThatThrownBy(this::send).isInstanceOf(OnionPathException.class);
        assertThat(called).hasSize(SwarmRoutingExecutor.DEAD_HOPS_PER_CALL
                + SwarmRoutingExecutor.PATH_FAILURES_PER_CALL);
    }

    @Test
    void aRequestForAnyNodeOutlastsARunOfBadPaths() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        for (Snode n : network) {
            behaviour.put(n.ed25519(), node -> {
                if (calls.incrementAndGet() <= SwarmRoutingExecutor.PATH_FAILURES_PER_CALL + 1) {
                    throw new OnionPathException(TestNodes.nodes(3), "no reply through the path", null);
                }
                return reply(node, 200, OK);
            });
        }

        BatchReply reply = routing.execute(new RoutedCall(new Target.AnyNode(), new byte[0]), soon());

        assertThat(reply.results()).hasSize(1);
        assertThat(called).hasSize(SwarmRoutingExecutor.PATH_FAILURES_PER_CALL + 2).doesNotHaveDuplicates();
    }

    @Test
    void aRequestForAnyNodeGivesUpWhenEveryPathFails() {
        for (Snode n : network) {
            behaviour.put(n.ed25519(), node -> {
                throw new OnionPathException(TestNodes.nodes(3), "guard refused", null);
            });
        }

        assertThatThrownBy(() -> routing.execute(new RoutedCall(new Target.AnyNode(), new byte[0]), soon()))
                .isInstanceOf(SnodeUnreachableException.class).hasMessageContaining("guard refused");
        assertThat(called).hasSize(SwarmRoutingExecutor.PATH_FAILURES_PER_CALL
                + SwarmRoutingExecutor.ANY_NODE_ATTEMPTS);
    }

    @Test
    void aGivenNodeIsAskedAloneAndItsTroubleReported() {
        Snode n = network.get(20);
        behaviour.put(n.ed25519(), node -> reply(node, 503, "Service node is not ready: syncing"));

        assertThatThrownBy(() -> routing.execute(new RoutedCall(new Target.Node(n, null), new byte[0]), soon()))
                .isInstanceOf(SnodeRequestException.class).hasMessageContaining("503");
        assertThat(called).containsExactly(n);
        assertThat(pool.strikes(n.ed25519())).isEqualTo(1);
    }

    @Test
    void membersWhoseOnionRepliesDoNotDecryptAreTreatedAsBrokenNodes() {
        for (Snode n : oldSwarm.members()) {
            behaviour.put(n.ed25519(), node -> {
                throw new OnionPathException(TestNodes.nodes(3), node, "the reply cannot be decrypted", null);
            });
        }

        assertThatThrownBy(this::send).isInstanceOf(SwarmUnavailableException.class)
                .hasMessageContaining("cannot be decrypted");
        assertThat(called).hasSize(oldSwarm.members().size());
        assertThat(oldSwarm.members()).allSatisfy(m -> assertThat(pool.strikes(m.ed25519())).isEqualTo(1));
    }

    @Test
    void a421NamingTheSendersOwnSwarmIsALieNotFollowed() throws Exception {
        Snode liar = oldSwarm.members().get(0);
        behaviour.put(liar.ed25519(), node -> reply(node, 421, swarmJson(new Swarm("9", List.of(liar)))));
        for (Snode n : oldSwarm.members().subList(1, 5)) {
            behaviour.put(n.ed25519(), node -> {
                throw new SnodeUnreachableException(node, node + " refused", null);
            });
        }

        assertThatThrownBy(this::send).isInstanceOf(SwarmUnavailableException.class);

        assertThat(called).filteredOn(liar::equals).hasSize(1);
        assertThat(called).allMatch(n -> oldSwarm.contains(n.ed25519()));
        assertThat(pool.isDistrusted(liar.ed25519())).isTrue();
        pool.readmit(oldSwarm.members());
        assertThat(pool.isDropped(liar.ed25519())).as("a swarm list does not bring a liar back").isTrue();
    }

    @Test
    void a421LoopIsFollowedTwiceThenTheSwarmIsAskedForAgain() throws Exception {
        Swarm third = new Swarm("3", network.subList(20, 25));
        Swarm fourth = new Swarm("4", network.subList(25, 30));
        // Every member of each swarm points to the next one, the last one back to the first: a loop of 421s.
        oldSwarm.members().forEach(n -> behaviour.put(n.ed25519(), node -> reply(node, 421, swarmJson(newSwarm))));
        newSwarm.members().forEach(n -> behaviour.put(n.ed25519(), node -> reply(node, 421, swarmJson(third))));
        third.members().forEach(n -> behaviour.put(n.ed25519(), node -> reply(node, 421, swarmJson(fourth))));
        fourth.members().forEach(n -> behaviour.put(n.ed25519(), node -> reply(node, 421, swarmJson(oldSwarm))));

        assertThatThrownBy(this::send).isInstanceOf(SwarmUnavailableException.class);

        assertThat(called).as("two swarms followed, then the refetched swarm's members only")
                .allMatch(n -> oldSwarm.contains(n.ed25519()) || newSwarm.contains(n.ed25519())
                        || third.contains(n.ed25519()));
        assertThat(called).filteredOn(n -> third.contains(n.ed25519())).hasSize(1);
        assertThat(called.size()).isLessThanOrEqualTo(oldSwarm.members().size() + 2);
    }

    @Test
    void aReplyThatFailsItsCheckIsALieAndAnotherMemberAnswers() throws Exception {
        RoutedCall call = new RoutedCall(new Target.Swarm(PK), new byte[] {'{', '}'}, r -> {
            if (r.node().equals(oldSwarm.members().get(0)) || r.node().equals(oldSwarm.members().get(1))) {
                throw new MalformedResponseException("forged");
            }
            return Set.of(network.get(29).ed25519());
        });
        behaviour.put(oldSwarm.members().get(3).ed25519(), node -> {
            throw new SnodeUnreachableException(node, node + " refused", null);
        });
        behaviour.put(oldSwarm.members().get(4).ed25519(), node -> {
            throw new SnodeUnreachableException(node, node + " refused", null);
        });

        BatchReply reply = routing.execute(call, soon());

        assertThat(reply.node()).isEqualTo(oldSwarm.members().get(2));
        assertThat(called).filteredOn(n -> n.equals(oldSwarm.members().get(0)) || n.equals(oldSwarm.members().get(1)))
                .allMatch(n -> pool.isDistrusted(n.ed25519()));
        assertThat(pool.strikes(network.get(29).ed25519())).as("a suspect the reply names").isEqualTo(1);
    }
}
