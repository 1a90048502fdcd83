package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.swarmchat.swarm.it.Devnets.await;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.DevnetSwarm;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.SwarmClientConfig;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Faults of real nodes (the devnet's fault control): in each case the message arrives, or the caller gets a
 * specific, truthful error, within the call's deadline. Each scenario runs with direct requests and through
 * onion paths (the devnet's own {@code /onion_req/v2}, whose relays the same faults hit).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FailureScenariosDevnetTest {
    private SwarmClient client;

    private SwarmClient client(boolean onion) throws Exception {
        return client(onion, Devnets.config(SharedDevnet.get(), onion));
    }

    private SwarmClient client(boolean onion, SwarmClientConfig.Builder config) throws Exception {
        client = SwarmClient.create(config.build());
        await(client.initialize());
        return client;
    }

    @AfterEach
    void heal() throws Exception {
        if (client != null) {
            client.close();
        }
        SharedDevnet.heal();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aSwarmWithOneLiveMemberStillTakesAndGivesTheMessage(boolean onion) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client(onion);
        Ed25519KeyPair bob = Devnets.newAccount();
        DevnetSwarm swarm = devnet.swarmOf(id(bob));
        List<DevnetNode> members = swarm.members();
        members.subList(1, members.size()).forEach(m -> devnet.faults(m).stop());

        StoreResult stored = await(alice.store(id(bob), Namespace.DEFAULT, text("one left"), Duration.ofHours(1)));
        RetrieveResult got = await(alice.retrieve(bob, Namespace.DEFAULT, Optional.empty()));

        assertThat(stored.storedCount()).isEqualTo(1);
        assertThat(stored.memberCount()).isEqualTo(members.size());
        assertThat(got.messages()).singleElement().satisfies(m -> assertThat(m.data()).isEqualTo(text("one left")));
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aWholeSwarmDownIsReportedAsSuch(boolean onion) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client(onion, Devnets.config(SharedDevnet.get(), onion).maxAttempts(1));
        Ed25519KeyPair bob = Devnets.newAccount();
        await(alice.swarmOf(id(bob)));
        devnet.swarmOf(id(bob)).members().forEach(m -> devnet.faults(m).stop());

        assertThatThrownBy(() -> await(alice.store(id(bob), Namespace.DEFAULT, text("x"), Duration.ofHours(1))))
                .isInstanceOf(SwarmUnavailableException.class)
                .hasMessageContaining("no member of the swarm of " + id(bob).hex());
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aMemberWhoseClockIsBehindIsSkippedAndTheRestStoreIt(boolean onion) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client(onion);
        Ed25519KeyPair bob = Devnets.newAccount();
        List<DevnetNode> members = devnet.swarmOf(id(bob)).members();
        devnet.faults(members.getFirst()).skewClock(Duration.ofMinutes(-10));

        for (int i = 0; i < 4; i++) {
            StoreResult stored = await(alice.store(id(bob), Namespace.DEFAULT, text("tick " + i),
                    Duration.ofHours(1)));
            assertThat(stored.storedCount()).isEqualTo(members.size() - 1);
        }
        assertThat(await(alice.retrieve(bob, Namespace.DEFAULT, Optional.empty())).messages()).hasSize(4);
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aClientWhoseClockIsWrongResyncsFromTheNetwork(boolean onion) throws Exception {
        Clock fast = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        NetworkClock clock = new NetworkClock(fast);
        SwarmClient alice = client(onion, Devnets.config(SharedDevnet.get(), onion).networkClock(clock)
                .wallClock(Clock.system(ZoneOffset.UTC)));
        Ed25519KeyPair bob = Devnets.newAccount();

        StoreResult stored = await(alice.store(id(bob), Namespace.DEFAULT, text("on time"), Duration.ofHours(1)));
        RetrieveResult got = await(alice.retrieve(bob, Namespace.DEFAULT, Optional.empty()));

        assertThat(stored.storedCount()).isPositive();
        assertThat(got.messages()).hasSize(1);
        assertThat(clock.offset()).isBetween(Duration.ofMinutes(-5).minusSeconds(2),
                Duration.ofMinutes(-5).plusSeconds(2));
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aMemberAnsweringGarbageIsPassedOver(boolean onion) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client(onion);
        Ed25519KeyPair bob = Devnets.newAccount();
        List<DevnetNode> members = devnet.swarmOf(id(bob)).members();
        devnet.faults(members.get(1)).answerGarbage(1.0);

        for (int i = 0; i < 4; i++) {
            StoreResult stored = await(alice.store(id(bob), Namespace.DEFAULT, text("clean " + i),
                    Duration.ofHours(1)));
            assertThat(stored.storedCount()).isEqualTo(members.size() - 1);
        }
        assertThat(await(alice.retrieve(bob, Namespace.DEFAULT, Optional.empty())).messages()).hasSize(4);
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aSwarmAnsweringOnlyGarbageIsReportedTruthfully(boolean onion) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client(onion, Devnets.config(SharedDevnet.get(), onion).maxAttempts(1));
        Ed25519KeyPair bob = Devnets.newAccount();
        await(alice.swarmOf(id(bob)));
        devnet.swarmOf(id(bob)).members().forEach(m -> devnet.faults(m).answerGarbage(1.0));

        assertThatThrownBy(() -> await(alice.store(id(bob), Namespace.DEFAULT, text("x"), Duration.ofHours(1))))
                .isInstanceOf(SwarmUnavailableException.class)
                .hasMessageContaining(onion ? "cannot be decrypted" : "not JSON");
    }
}
