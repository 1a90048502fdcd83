package org.swarmchat.devnet.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.OpenedMessage;
import org.swarmchat.crypto.message.OutgoingText;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;

/** The echo contact on a real devnet: real HTTPS, real swarms, real SQLite files. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EchoContactTest {
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    private final SecureRandom random = new SecureRandom();

    @Test
    void answersAMessageInTheSendersSwarmWithTheQuote() throws Exception {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(14).seed(3).echoContact(true)
                .echoPollInterval(Duration.ofMillis(200)).start()) {
            assertThat(devnet.echoAccountId()).contains(AccountId.of(EchoIdentity.wellKnown()));
            EchoUser alice = EchoUser.inAnotherSwarm(devnet, random);

            alice.send("hello echo");

            await().atMost(ANSWER_WAIT).until(() -> !alice.answers().isEmpty());
            OpenedMessage answer = alice.inbox().getFirst();
            assertThat(answer.text()).isEqualTo("You said: \"hello echo\"");
            assertThat(answer.displayName()).contains("Echo");
            assertThat(answer.sender()).isEqualTo(devnet.echoAccountId().orElseThrow());
        }
    }

    @Test
    void skipsGarbageAndKeepsAnsweringEachMessageOnce() throws Exception {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(7).seed(4).echoContact(true)
                .echoPollInterval(Duration.ofMillis(200)).start()) {
            AccountId echo = devnet.echoAccountId().orElseThrow();
            EchoUser bob = EchoUser.inAnotherSwarm(devnet, random);
            byte[] noise = new byte[300];
            random.nextBytes(noise);
            bob.storeRaw(echo, Base64.getEncoder().encodeToString(noise));
            // Well-formed, but sealed to another account: it does not open with the echo contact's key.
            AccountId someoneElse = AccountId.of(Ed25519KeyPair.generate(random));
            bob.storeRaw(echo, new MessageSealer(random).sealBase64(Ed25519KeyPair.generate(random), someoneElse,
                    OutgoingText.of("not for echo", System.currentTimeMillis())));
            bob.send("first");
            await().atMost(ANSWER_WAIT).until(() -> bob.answers().size() == 1);

            bob.send("second");
            await().atMost(ANSWER_WAIT).until(() -> bob.answers().size() == 2);
            // More polls of the same inbox (from other members too, without their last_hash) answer nothing again.
            Thread.sleep(1_500);

            assertThat(bob.answers()).containsExactlyInAnyOrder("You said: \"first\"", "You said: \"second\"");
        }
    }

    @Test
    void answersEachMessageExactlyOnceAcrossARestartOnTheSameDataDirectory(@TempDir Path dir) throws Exception {
        Ed25519KeyPair carolKeys = Ed25519KeyPair.generate(random);
        AccountId echoBefore;
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(7).seed(5).dataDir(dir).echoContact(true)
                .echoPollInterval(Duration.ofMillis(200)).start()) {
            echoBefore = devnet.echoAccountId().orElseThrow();
            EchoUser carol = new EchoUser(devnet, carolKeys);
            carol.send("before the restart");
            await().atMost(ANSWER_WAIT).until(() -> carol.answers().size() == 1);
        }
        assertThat(echoBefore).isNotEqualTo(AccountId.of(EchoIdentity.wellKnown()));
        assertThat(Files.readString(dir.resolve("echo").resolve(EchoIdentity.FILE)).strip()).hasSize(32);

        try (LocalDevnet devnet = LocalDevnet.builder().dataDir(dir).echoContact(true)
                .echoPollInterval(Duration.ofMillis(200)).start()) {
            assertThat(devnet.echoAccountId()).contains(echoBefore);
            EchoUser carol = new EchoUser(devnet, carolKeys);
            carol.send("after the restart");
            // The inbox is read in insertion order, so once this one is answered the older one was seen again.
            await().atMost(ANSWER_WAIT).until(() -> carol.answers().size() >= 2);
            Thread.sleep(1_000);

            List<String> answers = carol.answers();
            assertThat(answers).containsExactlyInAnyOrder("You said: \"before the restart\"",
                    "You said: \"after the restart\"");
        }
    }

    @Test
    void anAnswerTheSendersSwarmCannotTakeYetIsSentOnceItCan() throws Exception {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(14).seed(7).echoContact(true)
                .echoPollInterval(Duration.ofMillis(200)).start()) {
            EchoUser dave = EchoUser.inAnotherSwarm(devnet, random);
            List<DevnetNode> davesSwarm = devnet.swarmOf(dave.id()).members();
            davesSwarm.forEach(node -> devnet.faults(node).stop());

            dave.send("are you there?");
            Path echoDir = devnet.dataDir().resolve("echo");
            await().atMost(ANSWER_WAIT).until(() -> pendingAnswers(echoDir) == 1);
            davesSwarm.forEach(node -> devnet.faults(node).start());

            await().atMost(ANSWER_WAIT).until(() -> pendingAnswers(echoDir) == 0);
            Thread.sleep(1_000);
            assertThat(dave.answers()).containsExactly("You said: \"are you there?\"");
        }
    }

    private static int pendingAnswers(Path echoDir) throws Exception {
        // A second connection to the echo contact's journal, as a person with the sqlite3 tool would look at it.
        try (EchoJournal journal = EchoJournal.open(echoDir)) {
            return journal.pendingReplies().size();
        }
    }

    @Test
    void aDevnetRunsNoEchoContactUnlessAsked() throws Exception {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(5).seed(6).start()) {
            assertThat(devnet.echoAccountId()).isEmpty();
        }
    }

    @Test
    void longMessagesAreQuotedInPart() {
        String text = "x".repeat(EchoReplies.MAX_QUOTED_CHARS + 10);

        assertThat(EchoReplies.text(text)).hasSize(EchoReplies.MAX_QUOTED_CHARS + "You said: \"…\"".length())
                .endsWith("…\"");
        assertThat(EchoReplies.text(" ")).contains("empty");
    }
}
