package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.swarm.it.Devnets.await;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.ExpireMode;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetSwarm;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.NetworkStatus;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.DeleteResult;
import org.swarmchat.swarm.api.ExpireResult;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.api.Swarm;

/**
 * The client against real devnet nodes with onion routing off (direct requests, the diagnostics mode): every
 * storage method works end to end and matches what the devnet's registry says.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DirectRequestsDevnetTest {
    private static LocalDevnet devnet;
    private static SwarmClient client;

    @BeforeAll
    static void start() throws Exception {
        devnet = SharedDevnet.get();
        client = SwarmClient.create(Devnets.config(devnet, false).build());
        await(client.initialize());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theSwarmOfAnAccountIsTheOneTheRegistryAssigns() throws Exception {
        Ed25519KeyPair bob = Devnets.newAccount();

        Swarm swarm = await(client.swarmOf(id(bob)));

        DevnetSwarm expected = devnet.swarmOf(id(bob));
        assertThat(swarm.id()).isEqualTo(expected.hexId());
        assertThat(swarm.members()).extracting(Snode::ed25519)
                .containsExactlyInAnyOrderElementsOf(expected.members().stream().map(m -> m.ed25519()).toList());
    }

    @Test
    void aStoredMessageIsHeldByTheWholeSwarmAndRetrievedByItsOwner() throws Exception {
        Ed25519KeyPair bob = Devnets.newAccount();
        byte[] data = "hello bob".getBytes(StandardCharsets.UTF_8);

        StoreResult stored = await(client.store(id(bob), Namespace.DEFAULT, data, Duration.ofHours(1)));
        RetrieveResult retrieved = await(client.retrieve(bob, Namespace.DEFAULT, Optional.empty()));

        assertThat(stored.storedCount()).isEqualTo(devnet.swarmOf(id(bob)).members().size());
        assertThat(retrieved.messages()).singleElement().satisfies(m -> {
            assertThat(m.data()).isEqualTo(data);
            assertThat(m.hash()).isEqualTo(stored.hash());
        });
    }

    @Test
    void storingTheSameMessageTwiceIsHarmless() throws Exception {
        Ed25519KeyPair bob = Devnets.newAccount();
        byte[] data = {1, 2, 3};

        StoreResult first = await(client.store(id(bob), Namespace.DEFAULT, data, Duration.ofHours(1)));
        StoreResult again = await(client.store(id(bob), Namespace.DEFAULT, data, Duration.ofHours(1)));

        assertThat(again.hash()).isEqualTo(first.hash());
        assertThat(again.storedCount()).isEqualTo(first.storedCount());
        assertThat(await(client.retrieve(bob, Namespace.DEFAULT, Optional.empty())).messages()).hasSize(1);
    }

    @Test
    void deleteAndExpireReachTheWholeSwarm() throws Exception {
        Ed25519KeyPair bob = Devnets.newAccount();
        String a = await(client.store(id(bob), Namespace.DEFAULT, new byte[] {1}, Duration.ofHours(1))).hash();
        String b = await(client.store(id(bob), Namespace.DEFAULT, new byte[] {2}, Duration.ofHours(1))).hash();
        int members = devnet.swarmOf(id(bob)).members().size();

        Instant soon = Instant.now().plus(Duration.ofMinutes(5));
        ExpireResult expired = await(client.expire(bob, List.of(b), soon, ExpireMode.SHORTEN));
        DeleteResult deleted = await(client.delete(bob, List.of(a)));

        assertThat(expired.confirmedCount()).isEqualTo(members);
        assertThat(deleted.confirmedCount()).isEqualTo(members);
        RetrieveResult left = await(client.retrieve(bob, Namespace.DEFAULT, Optional.empty()));
        assertThat(left.messages()).singleElement().satisfies(m -> {
            assertThat(m.hash()).isEqualTo(b);
            assertThat(m.expirationMs()).isEqualTo(soon.toEpochMilli());
        });
    }

    @Test
    void retrieveAfterALastHashGivesOnlyNewerMessages() throws Exception {
        Ed25519KeyPair bob = Devnets.newAccount();
        String first = await(client.store(id(bob), Namespace.DEFAULT, new byte[] {1}, Duration.ofHours(1))).hash();
        await(client.store(id(bob), Namespace.DEFAULT, new byte[] {2}, Duration.ofHours(1)));

        RetrieveResult after = await(client.retrieve(bob, Namespace.DEFAULT, Optional.of(first)));

        assertThat(after.messages()).singleElement().satisfies(m -> assertThat(m.data()).containsExactly(2));
    }

    @Test
    void theNetworkStatusShowsThePoolAndTheOwnSwarmsMembers() throws Exception {
        Ed25519KeyPair bob = Devnets.newAccount();

        NetworkStatus status = await(client.networkStatus(id(bob)));

        assertThat(status.poolSize()).isGreaterThanOrEqualTo(SharedDevnet.NODES);
        assertThat(status.ownSwarmId()).isEqualTo(devnet.swarmOf(id(bob)).hexId());
        assertThat(status.ownSwarm()).hasSize(devnet.swarmOf(id(bob)).members().size())
                .allSatisfy(m -> {
                    assertThat(m.reachable()).as(m.detail()).isTrue();
                    assertThat(m.latency()).isPresent();
                });
    }
}
