package org.swarmchat.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Direction;
import org.swarmchat.app.store.Message;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.poll.PolledMessage;

/**
 * Two profiles, Alice and Bob, each with its own SQLite file, talking over an in-process devnet through real
 * HTTPS onion requests: both directions, offline delivery, duplicates, message requests and blocking.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class MessagingEndToEndTest {
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

    private static Message sendAndWait(MessengerService from, AccountId to, String text) throws Exception {
        Message pending = from.send(to, text);
        assertThat(pending.state()).isEqualTo(DeliveryState.PENDING);
        return from.delivery(pending.id()).get(120, TimeUnit.SECONDS);
    }

    @Test
    void aliceAndBobTalkBothWays() throws Exception {
        try (Profile alice = TestProfiles.create(root, "alice"); Profile bob = TestProfiles.create(root, "bob")) {
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            AccountId bobId = bob.identity().accountId();
            AccountId aliceId = alice.identity().accountId();

            Message sent = sendAndWait(a, bobId, "hello Bob");
            assertThat(sent.state()).isEqualTo(DeliveryState.STORED);
            assertThat(sent.storedOn()).isPositive();
            assertThat(sent.hash()).isPresent();

            List<ReceivedMessage> atBob = b.receiveOnce();
            assertThat(atBob).singleElement().satisfies(r -> {
                assertThat(r.message().text()).isEqualTo("hello Bob");
                assertThat(r.message().sender()).isEqualTo(aliceId);
                assertThat(r.message().hash()).isEqualTo(sent.hash());
                assertThat(r.displayName()).contains("alice");
                assertThat(r.request()).isTrue();
            });
            assertThat(bob.conversations().requests()).extracting(c -> c.peer()).containsExactly(aliceId);

            bob.conversations().accept(aliceId);
            assertThat(bob.conversations().requests()).isEmpty();
            Message reply = sendAndWait(b, aliceId, "hi Alice");
            assertThat(reply.state()).isEqualTo(DeliveryState.STORED);

            List<ReceivedMessage> atAlice = a.receiveOnce();
            assertThat(atAlice).singleElement().satisfies(r -> {
                assertThat(r.message().text()).isEqualTo("hi Alice");
                assertThat(r.request()).as("Alice wrote first, so Bob is her contact").isFalse();
                assertThat(r.displayName()).contains("bob");
            });
            assertThat(alice.conversations().list()).singleElement().satisfies(c -> {
                assertThat(c.peer()).isEqualTo(bobId);
                assertThat(c.displayName()).contains("bob");
                assertThat(c.unread()).isEqualTo(1);
            });
            assertThat(alice.conversations().history(bobId, Optional.empty(), 10))
                    .extracting(Message::text, Message::direction)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("hi Alice", Direction.IN),
                            org.assertj.core.groups.Tuple.tuple("hello Bob", Direction.OUT));
        }
    }

    @Test
    void bobReceivesFiftyMessagesSentWhileHeWasOfflineInOrderAndOnce() throws Exception {
        AccountId bobId;
        try (Profile bob = TestProfiles.create(root, "bob")) {
            bobId = bob.identity().accountId();
        }
        List<String> texts = new ArrayList<>();
        AccountId aliceId;
        try (Profile alice = TestProfiles.create(root, "alice")) {
            aliceId = alice.identity().accountId();
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            List<Message> pending = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                String text = "offline message " + i;
                texts.add(text);
                pending.add(a.send(bobId, text));
                Thread.sleep(2); // distinct sent times, as typing gives
            }
            for (Message m : pending) {
                assertThat(a.delivery(m.id()).get(120, TimeUnit.SECONDS).state()).isEqualTo(DeliveryState.STORED);
            }
        }

        try (Profile bob = TestProfiles.reopen(root, "bob")) {
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            List<ReceivedMessage> received = b.receiveOnce();
            assertThat(received).hasSize(50);
            assertThat(b.receiveOnce()).as("a second round finds nothing new").isEmpty();
            List<Message> history = bob.conversations().history(aliceId, Optional.empty(), 100);
            assertThat(history.reversed()).extracting(Message::text).containsExactlyElementsOf(texts);
        }
    }

    @Test
    void aMessageRetrievedTwiceIsShownOnce() throws Exception {
        try (Profile alice = TestProfiles.create(root, "alice"); Profile bob = TestProfiles.create(root, "bob")) {
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            AccountId bobId = bob.identity().accountId();
            sendAndWait(a, bobId, "only once");

            // Retrieve from the swarm without a last hash, twice, and hand both results to the inbox, as a poller
            // that lost its state (or two members answering the same) would.
            RetrieveResult first = b.swarmClient().retrieve(b.identity().keys(), Namespace.DEFAULT, Optional.empty())
                    .get(60, TimeUnit.SECONDS);
            RetrieveResult again = b.swarmClient().retrieve(b.identity().keys(), Namespace.DEFAULT, Optional.empty())
                    .get(60, TimeUnit.SECONDS);
            Inbox inbox = new Inbox(bob.store(), b.identity(), new org.swarmchat.crypto.message.MessageOpener(),
                    java.time.Clock.systemUTC());
            List<ReceivedMessage> added = new ArrayList<>();
            inbox.addListener(added::addAll);
            inbox.onMessages(first.messages().stream()
                    .map(m -> new PolledMessage(bobId.hex(), Namespace.DEFAULT, m)).toList());
            inbox.onMessages(again.messages().stream()
                    .map(m -> new PolledMessage(bobId.hex(), Namespace.DEFAULT, m)).toList());
            assertThat(b.receiveOnce()).isEmpty();

            assertThat(added).hasSize(1);
            AccountId aliceId = alice.identity().accountId();
            assertThat(bob.conversations().history(aliceId, Optional.empty(), 10)).extracting(Message::text)
                    .containsExactly("only once");
        }
    }

    @Test
    void aStrangersMessageIsARequestAndABlockedSenderIsDropped() throws Exception {
        try (Profile bob = TestProfiles.create(root, "bob"); Profile carol = TestProfiles.create(root, "carol")) {
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            MessengerService c = TestProfiles.connect(carol, devnet.seedUrl());
            AccountId bobId = bob.identity().accountId();
            AccountId carolId = carol.identity().accountId();

            sendAndWait(c, bobId, "buy my stuff");
            assertThat(b.receiveOnce()).singleElement().satisfies(r -> assertThat(r.request()).isTrue());
            assertThat(bob.conversations().list()).isEmpty();
            assertThat(bob.conversations().requests()).extracting(x -> x.peer()).containsExactly(carolId);

            bob.conversations().delete(carolId);
            assertThat(bob.conversations().requests()).isEmpty();
            sendAndWait(c, bobId, "really, buy it");
            assertThat(b.receiveOnce()).singleElement().satisfies(r -> assertThat(r.request()).isTrue());
            assertThat(bob.conversations().requests()).hasSize(1);

            bob.conversations().block(carolId);
            assertThat(bob.conversations().requests()).isEmpty();
            sendAndWait(c, bobId, "you cannot block me");
            assertThat(b.receiveOnce()).isEmpty();
            assertThat(bob.conversations().find(carolId)).isEmpty();
            assertThat(bob.conversations().blocked()).extracting(x -> x.accountId()).containsExactly(carolId);

            bob.conversations().unblock(carolId);
            sendAndWait(c, bobId, "friends again");
            assertThat(b.receiveOnce()).singleElement().satisfies(r -> {
                assertThat(r.message().text()).isEqualTo("friends again");
                assertThat(r.request()).isFalse();
            });
        }
    }

    @Test
    void theProfileFolderHoldsNeitherTheTextsNorTheSeedInClear() throws Exception {
        String secret = "rendezvous at the lighthouse";
        byte[] seed;
        String words;
        try (Profile alice = Profile.open(root.resolve("alice"), "alice", Optional.empty(),
                java.time.Clock.systemUTC()); Profile bob = TestProfiles.create(root, "bob")) {
            Accounts.Created created = alice.accounts().create("Alice Secretname", new java.security.SecureRandom());
            words = created.recoveryPassword();
            seed = org.swarmchat.crypto.keys.RecoveryPassword.decodeAccountSeed(words);
            MessengerService a = TestProfiles.connect(alice, devnet.seedUrl());
            MessengerService b = TestProfiles.connect(bob, devnet.seedUrl());
            sendAndWait(a, bob.identity().accountId(), secret);
            assertThat(b.receiveOnce()).hasSize(1);

            // Read while open, so the write-ahead log is there too, and again after closing.
            assertNothingInClear(root, secret, seed, words);
        }
        assertNothingInClear(root, secret, seed, words);
    }

    private static void assertNothingInClear(Path root, String secret, byte[] seed, String words) throws Exception {
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(root)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(latin).as(file.toString()).doesNotContain(secret).doesNotContain("lighthouse")
                    .doesNotContain("rendezvous").doesNotContain("Secretname")
                    .doesNotContain(java.util.HexFormat.of().formatHex(seed));
            // Pairs of consecutive words: a single word of the list may well be a word of the SQL schema, which the
            // database file holds in clear (the words are common English ones); two in a row never are.
            String[] list = words.split(" ");
            assertThat(latin).as(file + " holds the recovery password").doesNotContain(words);
            for (int i = 0; i + 1 < list.length; i++) {
                assertThat(latin).as(file + " holds two words of the recovery password")
                        .doesNotContain(list[i] + " " + list[i + 1]);
            }
            assertThat(indexOf(bytes, seed)).as(file + " holds the seed").isEqualTo(-1);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
