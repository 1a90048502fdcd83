package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.poll.InMemoryPollStateStore;
import org.swarmchat.swarm.poll.PollListener;
import org.swarmchat.swarm.poll.PolledMessage;
import org.swarmchat.swarm.poll.SwarmPoller;

/** SPEC §7: the own-swarm poller finds what others stored, once each, and keeps going when members fail. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PollerDevnetTest {
    private static final List<Namespace> DESKTOP_NAMESPACES = List.of(Namespace.of(0), Namespace.of(2),
            Namespace.of(3), Namespace.of(5), Namespace.of(4));
    private final List<SwarmClient> clients = new ArrayList<>();
    private final List<SwarmPoller> pollers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        pollers.forEach(SwarmPoller::stop);
        clients.forEach(SwarmClient::close);
        SharedDevnet.heal();
    }

    private SwarmClient client(InMemoryPollStateStore state) throws Exception {
        SwarmClient c = SwarmClient.create(Devnets.config(SharedDevnet.get(), false).pollStateStore(state).build());
        clients.add(c);
        return c;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<PolledMessage> got) {
        return got.stream().map(p -> new String(p.message().data(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aPollerWhoseClockIsWrongLearnsTheNetworksTimeAndPolls() throws Exception {
        SwarmClient alice = client(new InMemoryPollStateStore());
        Ed25519KeyPair bob = Devnets.newAccount();
        Devnets.await(alice.store(id(bob), Namespace.DEFAULT, text("on time"), Duration.ofHours(1)));
        // Bob's computer is ten minutes fast: every node refuses his signed retrieves (406) until he re-syncs.
        java.time.Clock fast = java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(10));
        SwarmClient bobClient = SwarmClient.create(Devnets.config(SharedDevnet.get(), false)
                .wallClock(fast).networkClock(new org.swarmchat.swarm.transport.NetworkClock(fast))
                .pollStateStore(new InMemoryPollStateStore()).build());
        clients.add(bobClient);
        List<PolledMessage> got = new CopyOnWriteArrayList<>();

        SwarmPoller poller = bobClient.poller(bob, List.of(Namespace.DEFAULT), got::addAll);
        pollers.add(poller);

        assertThat(poller.pollOnce()).isFalse();
        assertThat(texts(got)).containsExactly("on time");
    }

    @Test
    void thePollerDeliversEachNewMessageOnce() throws Exception {
        InMemoryPollStateStore state = new InMemoryPollStateStore();
        SwarmClient alice = client(new InMemoryPollStateStore());
        SwarmClient bobClient = client(state);
        Ed25519KeyPair bob = Devnets.newAccount();
        List<PolledMessage> got = new CopyOnWriteArrayList<>();
        for (String s : List.of("one", "two", "three")) {
            Devnets.await(alice.store(id(bob), Namespace.DEFAULT, text(s), Duration.ofHours(1)));
        }

        SwarmPoller poller = bobClient.poller(bob, DESKTOP_NAMESPACES, got::addAll);
        pollers.add(poller);
        poller.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> got.size() >= 3);
        Devnets.await(alice.store(id(bob), Namespace.DEFAULT, text("four"), Duration.ofHours(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> got.size() >= 4);
        Thread.sleep(1500);

        assertThat(texts(got)).containsExactly("one", "two", "three", "four");
        assertThat(got).allSatisfy(p -> {
            assertThat(p.namespace()).isEqualTo(Namespace.DEFAULT);
            assertThat(p.pubkey()).isEqualTo(id(bob).hex());
        });
        Swarm swarm = Devnets.await(bobClient.swarmOf(id(bob)));
        long nodesWithLastHash = swarm.members().stream().map(Snode::ed25519)
                .filter(n -> state.lastHash(n, id(bob).hex(), Namespace.DEFAULT, System.currentTimeMillis())
                        .isPresent()).count();
        assertThat(nodesWithLastHash).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aListenerThatFailsGetsTheMessagesAgain() throws Exception {
        SwarmClient alice = client(new InMemoryPollStateStore());
        SwarmClient bobClient = client(new InMemoryPollStateStore());
        Ed25519KeyPair bob = Devnets.newAccount();
        Devnets.await(alice.store(id(bob), Namespace.DEFAULT, text("keep me"), Duration.ofHours(1)));
        AtomicBoolean failedOnce = new AtomicBoolean();
        List<PolledMessage> got = new CopyOnWriteArrayList<>();

        SwarmPoller poller = bobClient.poller(bob, List.of(Namespace.DEFAULT), messages -> {
            if (failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("the database is busy");
            }
            got.addAll(messages);
        });
        pollers.add(poller);
        poller.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> got.size() >= 1);
        assertThat(texts(got)).containsExactly("keep me");
    }

    @Test
    void pollingGoesOnWhileMostOfTheSwarmIsDownAndReportsWhenAllIs() throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        SwarmClient alice = client(new InMemoryPollStateStore());
        SwarmClient bobClient = client(new InMemoryPollStateStore());
        Ed25519KeyPair bob = Devnets.newAccount();
        List<DevnetNode> members = devnet.swarmOf(id(bob)).members();
        Devnets.await(alice.store(id(bob), Namespace.DEFAULT, text("before"), Duration.ofHours(1)));
        members.subList(0, members.size() - 1).forEach(m -> devnet.faults(m).stop());
        List<PolledMessage> got = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger();

        SwarmPoller poller = bobClient.poller(bob, List.of(Namespace.DEFAULT), new PollListener() {
            @Override
            public void onMessages(List<PolledMessage> messages) {
                got.addAll(messages);
            }

            @Override
            public void onPollFailed(SwarmException failure) {
                failures.incrementAndGet();
            }
        });
        pollers.add(poller);
        poller.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> got.size() >= 1);
        devnet.faults(members.getLast()).stop();
        await().atMost(Duration.ofSeconds(30)).until(() -> failures.get() >= 1);

        assertThat(texts(got)).containsExactly("before");
        assertThat(poller.isRunning()).isTrue();
        assertThat(failures.get()).isPositive();
    }
}
