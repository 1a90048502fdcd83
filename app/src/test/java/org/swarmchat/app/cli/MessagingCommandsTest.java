package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.app.cli.CliRun.jsonLines;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.devnet.LocalDevnet;
import picocli.CommandLine;

/**
 * The messaging commands as a script uses them: two profiles on an in-process devnet over real HTTPS, each
 * command a fresh in-process run on the same data folder.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class MessagingCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalDevnet devnet;

    @TempDir
    Path data;

    @BeforeAll
    static void startDevnet() throws Exception {
        devnet = LocalDevnet.builder().nodes(25).start();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }

    private CliRun as(String profile, String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "--data-dir";
        all[1] = data.toString();
        all[2] = "--network";
        all[3] = devnet.seedUrl();
        all[4] = "--profile";
        all[5] = profile;
        System.arraycopy(args, 0, all, 6, args.length);
        return CliRun.of(all);
    }

    private String create(String profile, String name) {
        CliRun run = as(profile, "account", "create", "--name", name);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }


    @Test
    void sendReceiveHistorySearchAndRequests() throws Exception {
        String alice = create("alice", "Alice");
        String bob = create("bob", "Bob");

        CliRun sent = as("alice", "send", bob, "hello Bob, lunch at noon?", "--json");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        JsonNode stored = JSON.readTree(sent.out());
        assertThat(stored.get("state").asText()).isEqualTo("stored");
        assertThat(stored.get("stored_on").asInt()).isPositive();
        assertThat(stored.get("hash").asText()).isNotBlank();

        CliRun received = as("bob", "receive");
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(jsonLines(received.out())).singleElement().satisfies(m -> {
            assertThat(m.get("sender").asText()).isEqualTo(alice);
            assertThat(m.get("text").asText()).isEqualTo("hello Bob, lunch at noon?");
            assertThat(m.get("display_name").asText()).isEqualTo("Alice");
            assertThat(m.get("hash").asText()).isEqualTo(stored.get("hash").asText());
            assertThat(m.get("sent_at").asLong()).isEqualTo(stored.get("sent_at").asLong());
        });
        assertThat(as("bob", "receive").out()).as("nothing twice").isBlank();

        assertThat(jsonLines(as("bob", "requests", "--json").out())).singleElement()
                .satisfies(c -> assertThat(c.get("peer").asText()).isEqualTo(alice));
        assertThat(as("bob", "conversations", "--json").out()).isBlank();
        assertThat(as("bob", "requests", "accept", alice).exitCode()).isZero();
        assertThat(jsonLines(as("bob", "conversations", "--json").out())).singleElement().satisfies(c -> {
            assertThat(c.get("display_name").asText()).isEqualTo("Alice");
            assertThat(c.get("unread").asInt()).isEqualTo(1);
        });

        assertThat(as("bob", "send", alice, "yes, noon works").exitCode()).isZero();
        assertThat(jsonLines(as("alice", "receive").out())).extracting(m -> m.get("text").asText())
                .containsExactly("yes, noon works");

        List<JsonNode> history = jsonLines(as("alice", "history", bob, "--json").out());
        assertThat(history).extracting(m -> m.get("text").asText())
                .containsExactly("hello Bob, lunch at noon?", "yes, noon works");
        assertThat(history).extracting(m -> m.get("direction").asText()).containsExactly("out", "in");

        assertThat(jsonLines(as("alice", "search", "NOO", "--json").out())).hasSize(2);
        assertThat(jsonLines(as("alice", "search", "lunch noon", "--json").out())).extracting(m -> m.get("text")
                .asText()).containsExactly("hello Bob, lunch at noon?");
        assertThat(as("alice", "search", "dinner").out()).isBlank();
    }

    @Test
    void receiveWatchPrintsEachMessageAsItArrivesUntilStopped() throws Exception {
        create("alice", "Alice");
        String bob = create("bob", "Bob");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StopOnDemand lifetime = new StopOnDemand();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ReceiveCommand.class ? cls.cast(new ReceiveCommand(lifetime))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        AtomicInteger exit = new AtomicInteger(-1);
        Thread watching = Thread.ofPlatform().start(() -> exit.set(SwarmchatCommand.run(new PrintWriter(out, true),
                new PrintWriter(err, true), factory, "--data-dir", data.toString(), "--network", devnet.seedUrl(),
                "--profile", "bob", "receive", "--watch", "--interval", "0.5")));

        assertThat(as("alice", "send", bob, "first").exitCode()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("first"));
        assertThat(as("alice", "send", bob, "second").exitCode()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("second"));
        lifetime.stop();
        watching.join(Duration.ofSeconds(30));

        assertThat(exit).as(err.toString()).hasValue(0);
        assertThat(jsonLines(out.toString())).extracting(m -> m.get("text").asText())
                .containsExactly("first", "second");
    }

    @Test
    void blockedSendersAreDroppedAndDeletedRequestsComeBackWithTheNextMessage() {
        create("bob", "Bob");
        String bob = as("bob", "account", "show", "--json").out();
        String bobId = jsonLines(bob).getFirst().get("account_id").asText();
        String carol = create("carol", "Carol");

        assertThat(as("carol", "send", bobId, "first").exitCode()).isZero();
        assertThat(jsonLines(as("bob", "receive").out())).hasSize(1);
        assertThat(as("bob", "requests", "delete", carol).exitCode()).isZero();
        assertThat(as("bob", "requests").out()).contains("no message requests");

        assertThat(as("carol", "send", bobId, "second").exitCode()).isZero();
        assertThat(jsonLines(as("bob", "receive").out())).extracting(m -> m.get("request").asBoolean())
                .containsExactly(true);
        assertThat(as("bob", "requests", "block", carol).exitCode()).isZero();

        assertThat(as("carol", "send", bobId, "third").exitCode()).isZero();
        assertThat(as("bob", "receive").out()).isBlank();
        assertThat(as("bob", "history", carol).out()).isBlank();
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        create("alice", "Alice");

        CliRun badId = as("alice", "send", "05zz", "hi");
        assertThat(badId.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(badId.errIsOneLine()).isTrue();
        assertThat(badId.err()).contains("recipient");

        String someone = create("someone", "Someone");
        CliRun empty = as("alice", "send", someone, "   ");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(empty.err()).contains("empty");
        CliRun tooLong = as("alice", "send", someone, "x".repeat(2001));
        assertThat(tooLong.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(tooLong.err()).contains("2000");

        assertThat(as("alice", "conversations").out()).contains("no conversations");
        assertThat(as("alice", "outbox").out()).isBlank();

        CliRun noProfile = as("nobody", "send", someone, "hi");
        assertThat(noProfile.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(noProfile.err()).contains("no profile 'nobody'");
    }
}
