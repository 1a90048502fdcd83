package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.swarm.it.Devnets.await;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.devnet.fault.FaultControl;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.NodeResult;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.RetrievedMessage;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.directory.InMemorySnodePoolStore;

/**
 * Hostile members of the recipient's swarm (the devnet's hostile behaviours): two of them lie on every request, and
 * the client keeps storing and retrieving through the others, each call within a bounded time; what the lies could
 * forge never counts (no confirmation with a bad signature, no message under a hash that does not match it), and
 * the liars it can catch are dropped from the pool and stay out. Direct requests, so that the hostile node is the
 * one the client talks to.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileNodesTest {
    /** What one call may take at most here, hostile nodes or not. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** Rounds of store and retrieve every behaviour gets. */
    private static final int ROUNDS = 6;
    /**
     * Rounds within which every liar the client can catch must be out of the pool: members are picked at random,
     * so a liar is met in about one call in three to four.
     */
    private static final int MAX_ROUNDS = 60;

    private SwarmClient client;

    /** One hostile behaviour, and whether the client can tell the node lied. */
    enum Hostility {
        MISDIRECT(false) {
            @Override
            void apply(FaultControl f) {
                f.misdirect(1.0);
            }
        },
        FORGE(false) {
            @Override
            void apply(FaultControl f) {
                f.forgeMessages(1.0);
            }
        },
        REPLAY(true) {
            @Override
            void apply(FaultControl f) {
                f.replayMessages(1.0);
            }
        },
        OVERSIZED(true) {
            @Override
            void apply(FaultControl f) {
                f.oversizedReplies(1.0, 50 * 1024 * 1024);
            }
        },
        SLOW_LORIS(true) {
            @Override
            void apply(FaultControl f) {
                f.slowLoris(1.0, 2);
            }
        },
        INVALID_JSON(true) {
            @Override
            void apply(FaultControl f) {
                f.invalidJson(1.0);
            }
        },
        WRONG_SIGNATURES(true) {
            @Override
            void apply(FaultControl f) {
                f.wrongSignatures(1.0);
            }
        };

        /** Whether the client can catch the lie (a forgery under a true hash, or a 421, it cannot prove). */
        final boolean caught;

        Hostility(boolean caught) {
            this.caught = caught;
        }

        abstract void apply(FaultControl faults);
    }

    @AfterEach
    void heal() throws Exception {
        if (client != null) {
            client.close();
        }
        SharedDevnet.heal();
    }

    @ParameterizedTest
    @EnumSource(Hostility.class)
    void theClientDeliversThroughTheHonestMembers(Hostility hostility) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        InMemorySnodePoolStore pool = new InMemorySnodePoolStore();
        client = SwarmClient.create(Devnets.config(devnet, false).snodePoolStore(pool)
                .attemptTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(20)).build());
        await(client.initialize());
        Ed25519KeyPair bob = Devnets.newAccount();
        List<DevnetNode> members = devnet.swarmOf(id(bob)).members();
        List<DevnetNode> hostile = members.subList(0, 2);
        Set<Ed25519PublicKey> liars = new HashSet<>();
        hostile.forEach(n -> liars.add(n.ed25519()));
        await(client.swarmOf(id(bob)));
        hostile.forEach(n -> hostility.apply(devnet.faults(n)));

        List<byte[]> sent = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            byte[] data = ("message " + round + " for " + id(bob).shortForm()).getBytes(StandardCharsets.UTF_8);
            StoreResult stored = bounded(() -> client.store(id(bob), Namespace.DEFAULT, data, Duration.ofHours(1)));
            sent.add(data);
            assertThat(stored.storedCount()).as("round %d: confirmed by an honest member", round).isPositive();
            if (hostility == Hostility.WRONG_SIGNATURES || hostility == Hostility.MISDIRECT) {
                liars.forEach(l -> assertThat(confirmedBy(stored, l)).as("a liar's confirmation").isFalse());
            }

            RetrieveResult got = bounded(() -> client.retrieve(bob, Namespace.DEFAULT, Optional.empty()));
            assertThat(got.messages()).allSatisfy(m -> assertThat(m.hash())
                    .isEqualTo(MessageHash.compute(AccountId.of(bob).bytes(), 0, m.data())));
            assertThat(got.messages().stream().map(RetrievedMessage::hash)).doesNotHaveDuplicates();
            assertThat(got.messages().stream().map(RetrievedMessage::data).toList())
                    .as("round %d: every message sent so far", round).containsAll(sent);
            if (hostility != Hostility.FORGE) {
                assertThat(got.messages()).as("nothing but what was sent").hasSize(sent.size());
            }
            if (round >= ROUNDS - 1 && (!hostility.caught || pooled(pool, liars).isEmpty())) {
                break;
            }
        }
        if (hostility.caught) {
            assertThat(pooled(pool, liars)).as("liars left in the pool").isEmpty();
        }
    }

    private static boolean confirmedBy(StoreResult stored, Ed25519PublicKey node) {
        NodeResult<StoreResult.StoredCopy> r = stored.swarm().get(node);
        return r != null && r.isConfirmed();
    }

    private static Set<Ed25519PublicKey> pooled(InMemorySnodePoolStore pool, Set<Ed25519PublicKey> nodes) {
        Set<Ed25519PublicKey> out = new HashSet<>();
        for (Snode s : pool.load().orElseThrow().nodes()) {
            if (nodes.contains(s.ed25519())) {
                out.add(s.ed25519());
            }
        }
        return out;
    }

    /** Runs one call and checks it ended within {@link #BOUND}. */
    private static <T> T bounded(Callable<CompletableFuture<T>> call) throws Exception {
        long start = System.nanoTime();
        T result = await(call.call());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        return result;
    }

    @Test
    void throughOnionPathsHostileGuardsAndMembersCostAttemptsNotCalls() throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        client = SwarmClient.create(Devnets.config(devnet, true).attemptTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(20)).build());
        await(client.initialize());
        Ed25519KeyPair bob = Devnets.newAccount();
        List<DevnetNode> members = devnet.swarmOf(id(bob)).members();
        // A third of the other nodes, possible guards and relays, answer slowly or hugely; one member lies.
        List<DevnetNode> others = devnet.nodes().stream().filter(n -> !members.contains(n)).toList();
        for (int i = 0; i < others.size(); i += 3) {
            FaultControl f = devnet.faults(others.get(i));
            f.slowLoris(0.5, 2).oversizedReplies(0.5, 20 * 1024 * 1024);
        }
        devnet.faults(members.get(0)).invalidJson(1.0).wrongSignatures(1.0);

        List<byte[]> sent = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            byte[] data = ("onion " + round).getBytes(StandardCharsets.UTF_8);
            StoreResult stored = bounded(() -> client.store(id(bob), Namespace.DEFAULT, data, Duration.ofHours(1)));
            assertThat(stored.storedCount()).isPositive();
            assertThat(confirmedBy(stored, members.get(0).ed25519())).as("the liar's confirmation").isFalse();
            sent.add(data);
            RetrieveResult got = bounded(() -> client.retrieve(bob, Namespace.DEFAULT, Optional.empty()));
            assertThat(got.messages().stream().map(RetrievedMessage::data).toList()).containsExactlyElementsOf(sent);
        }
    }
}
