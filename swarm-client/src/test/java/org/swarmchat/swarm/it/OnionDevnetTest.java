package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.NetworkStatus;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.onion.OnionPath;
import org.swarmchat.swarm.onion.PathStatus;
import org.swarmchat.swarm.poll.PolledMessage;
import org.swarmchat.swarm.poll.SwarmPoller;

/**
 * Issue 4 end to end through onion paths on the devnet: Alice stores through a 3-hop path to a member of Bob's
 * swarm, Bob's poller (through its own paths) finds it; and a guard that dies while it holds a request does not
 * lose the message.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OnionDevnetTest {
    private final List<SwarmClient> clients = new ArrayList<>();
    private final List<SwarmPoller> pollers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        pollers.forEach(SwarmPoller::stop);
        clients.forEach(SwarmClient::close);
        SharedDevnet.heal();
    }

    private SwarmClient client() throws Exception {
        SwarmClient c = SwarmClient.create(Devnets.config(SharedDevnet.get(), true).build());
        clients.add(c);
        Devnets.await(c.initialize());
        return c;
    }

    @Test
    void aMessageStoredThroughAnOnionPathReachesTheRecipientsPoller() throws Exception {
        SwarmClient alice = client();
        SwarmClient bobClient = client();
        Ed25519KeyPair bob = Devnets.newAccount();
        List<PolledMessage> got = new CopyOnWriteArrayList<>();
        SwarmPoller poller = bobClient.poller(bob, List.of(Namespace.DEFAULT), got::addAll);
        pollers.add(poller);
        poller.start();

        StoreResult stored = Devnets.await(alice.store(id(bob), Namespace.DEFAULT,
                "through three hops".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1)));

        assertThat(stored.storedCount()).isEqualTo(SharedDevnet.get().swarmOf(id(bob)).members().size());
        await().atMost(Duration.ofSeconds(30)).until(() -> !got.isEmpty());
        assertThat(got).singleElement().satisfies(p -> assertThat(p.message().hash()).isEqualTo(stored.hash()));
        assertThat(alice.pathStatus().get().state()).isEqualTo(PathStatus.State.READY);
        assertThat(alice.pathStatus().get().paths()).hasSize(2)
                .allSatisfy(p -> assertThat(p.hops()).hasSize(3));
    }

    @Test
    void aGuardThatDiesMidRequestDoesNotLoseTheMessage() throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client();
        List<OnionPath> paths = alice.pathStatus().get().paths();
        Set<Ed25519PublicKey> guards = paths.stream().map(p -> p.guard().ed25519()).collect(Collectors.toSet());
        Ed25519KeyPair bob = Devnets.newAccount();
        while (devnet.swarmOf(id(bob)).members().stream().anyMatch(m -> guards.contains(m.ed25519()))) {
            bob = Devnets.newAccount();
        }
        List<DevnetNode> guardNodes = guards.stream().map(g -> devnet.node(g).orElseThrow()).toList();
        guardNodes.forEach(g -> devnet.faults(g).delayRequests(1.0, Duration.ofSeconds(2)));

        CompletableFuture<StoreResult> pending = alice.store(id(bob), Namespace.DEFAULT,
                "guard down".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1));
        Thread.sleep(700);
        guardNodes.forEach(g -> devnet.faults(g).stop());
        StoreResult stored = Devnets.await(pending);

        assertThat(stored.storedCount()).isEqualTo(devnet.swarmOf(id(bob)).members().size());
        // The path the request failed on was rebuilt without its dead guard. The other path may not have been used
        // since its guard stopped, so the client cannot know yet that it is dead too.
        assertThat(alice.pathStatus().get().paths())
                .filteredOn(p -> p.hops().stream().map(Snode::ed25519).anyMatch(guards::contains))
                .hasSizeLessThan(guards.size());
    }

    @Test
    void theNetworkStatusShowsTheSwarmThroughThePaths() throws Exception {
        SwarmClient alice = client();
        Ed25519KeyPair own = Devnets.newAccount();

        NetworkStatus status = Devnets.await(alice.networkStatus(id(own)));

        assertThat(status.paths().state()).isNotEqualTo(PathStatus.State.DOWN);
        assertThat(status.paths().paths()).isNotEmpty();
        assertThat(status.reachableMembers()).isEqualTo(SharedDevnet.get().swarmOf(id(own)).members().size());
    }
}
