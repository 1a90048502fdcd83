package org.swarmchat.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Message;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.RetrievedMessage;
import org.swarmchat.swarm.poll.PolledMessage;

/**
 * Alice and Bob with hostile nodes in Bob's swarm (the devnet's hostile behaviours): messages those nodes forge
 * never reach Bob's history, and a message they replay, even under a new hash, is shown once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileSwarmTest {
    /** An unknown protobuf field: appended to a stored message, it makes new bytes, a new hash, the same message. */
    private static final byte[] UNKNOWN_FIELD = {0x78, 0x01};
    private static LocalDevnet devnet;

    @TempDir
    Path root;

    @BeforeAll
    static void startDevnet() throws Exception {
        devnet = LocalDevnet.builder().nodes(25).start();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }

    @AfterEach
    void heal() {
        devnet.nodes().forEach(n -> devnet.faults(n).clear());
    }

    private static Message sendAndWait(MessengerService from, AccountId to, String text) throws Exception {
        Message sent = from.delivery(from.send(to, text).id()).get(60, TimeUnit.SECONDS);
        assertThat(sent.state()).isEqualTo(DeliveryState.STORED);
        return sent;
    }

    @Test
    void messagesForgedByEveryMemberOfTheSwarmNeverReachTheHistory() throws Exception {
        try (Profile alice = TestProfiles.create(root, "alice"); Profile bob = TestProfiles.create(root, "bob")) {
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            AccountId bobId = bob.identity().accountId();
            sendAndWait(a, bobId, "the real one");
            devnet.swarmOf(bobId).members().forEach(n -> devnet.faults(n).forgeMessages(1.0));

            List<ReceivedMessage> received = new ArrayList<>(b.receiveOnce());
            received.addAll(b.receiveOnce());

            assertThat(received).extracting(r -> r.message().text()).containsExactly("the real one");
            assertThat(bob.conversations().requests()).extracting(c -> c.peer())
                    .containsExactly(alice.identity().accountId());
            assertThat(bob.conversations().history(alice.identity().accountId(), Optional.empty(), 10))
                    .extracting(Message::text).containsExactly("the real one");
        }
    }

    @Test
    void messagesReplayedByTwoMembersAreShownOnce() throws Exception {
        try (Profile alice = TestProfiles.create(root, "alice"); Profile bob = TestProfiles.create(root, "bob")) {
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            AccountId bobId = bob.identity().accountId();
            List<DevnetNode> members = devnet.swarmOf(bobId).members();
            members.subList(0, 2).forEach(n -> devnet.faults(n).replayMessages(1.0));

            List<ReceivedMessage> received = new ArrayList<>();
            for (String text : List.of("one", "two", "three")) {
                sendAndWait(a, bobId, text);
                received.addAll(b.receiveOnce());
                received.addAll(b.receiveOnce());
            }

            assertThat(received).extracting(r -> r.message().text()).containsExactly("one", "two", "three");
            assertThat(bob.conversations().history(alice.identity().accountId(), Optional.empty(), 10))
                    .extracting(Message::text).containsExactly("three", "two", "one");
        }
    }

    @Test
    void aStoredMessageReEncodedUnderANewHashIsShownOnce() throws Exception {
        try (Profile alice = TestProfiles.create(root, "alice"); Profile bob = TestProfiles.create(root, "bob")) {
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            AccountId bobId = bob.identity().accountId();
            sendAndWait(a, bobId, "say it once");
            RetrieveResult got = b.swarmClient().retrieve(b.identity().keys(), Namespace.DEFAULT, Optional.empty())
                    .get(60, TimeUnit.SECONDS);
            RetrievedMessage real = got.messages().getFirst();
            byte[] copy = Arrays.copyOf(real.data(), real.data().length + UNKNOWN_FIELD.length);
            System.arraycopy(UNKNOWN_FIELD, 0, copy, real.data().length, UNKNOWN_FIELD.length);
            RetrievedMessage replayed = new RetrievedMessage(MessageHash.compute(bobId.bytes(), 0, copy),
                    real.timestampMs(), real.expirationMs(), copy);
            assertThat(replayed.hash()).isNotEqualTo(real.hash());

            Inbox inbox = new Inbox(bob.store(), b.identity(), new MessageOpener(), Clock.systemUTC());
            List<ReceivedMessage> added = new ArrayList<>();
            inbox.addListener(added::addAll);
            inbox.onMessages(List.of(polled(bobId, real), polled(bobId, replayed)));
            inbox.onMessages(List.of(polled(bobId, replayed)));

            assertThat(added).extracting(r -> r.message().text()).containsExactly("say it once");
            assertThat(bob.conversations().history(alice.identity().accountId(), Optional.empty(), 10))
                    .extracting(Message::text).containsExactly("say it once");
        }
    }

    private static PolledMessage polled(AccountId owner, RetrievedMessage m) {
        return new PolledMessage(owner.hex(), Namespace.DEFAULT, m);
    }
}
