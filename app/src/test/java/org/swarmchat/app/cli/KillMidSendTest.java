package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.devnet.LocalDevnet;

/**
 * A sender killed with SIGKILL while it sends, in a JVM of its own, at random points: before the outbox commit,
 * between the commit and the store, while the swarm stores, after. After a restart every message the sender had
 * committed reaches the recipient exactly once, and nothing else does.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class KillMidSendTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 8;
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

    private List<String> global(String profile) {
        return List.of("--data-dir", data.toString(), "--network", devnet.seedUrl(), "--profile", profile);
    }

    private CliRun as(String profile, String... args) {
        List<String> all = new ArrayList<>(global(profile));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** Starts {@code swarmchat send} in a JVM of its own, on the test's class path. */
    private Process sendInAnotherJvm(String to, String text) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.swarmchat.app.Main"));
        command.addAll(global("alice"));
        command.addAll(List.of("send", to, text));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logOf(text).toFile()).start();
    }

    private Path logOf(String text) {
        return data.resolve("send-" + text.replace(' ', '-') + ".log");
    }

    @Test
    void everyCommittedMessageArrivesExactlyOnceAfterKillsAtRandomPoints() throws Exception {
        as("alice", "account", "create", "--name", "Alice");
        String bob = as("bob", "account", "create", "--name", "Bob").out().strip();
        String alice = JSON.readTree(as("alice", "account", "show", "--json").out()).get("account_id").asText();
        Random random = new Random(); // a different schedule each run; the seed is in the failure message
        long seed = random.nextLong();
        random.setSeed(seed);

        int killed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process sender = sendInAnotherJvm(bob, "round " + round);
            // The JVM starts in about half a second; bootstrapping, the commit and the store follow within a few.
            // The kill times spread over that span, with a random part, so that each phase gets hit.
            long killAfter = 300 + round * 5_000L / ROUNDS + random.nextInt(700);
            boolean ended = sender.waitFor(killAfter, TimeUnit.MILLISECONDS);
            if (ended) {
                assertThat(sender.exitValue()).as("seed %d, round %d: %s", seed, round,
                        Files.readString(logOf("round " + round))).isZero();
            } else {
                sender.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
                sender.waitFor();
                killed++;
            }
        }
        assertThat(killed).as("seed %d: some senders were killed", seed).isPositive();

        CliRun resumed = as("alice", "outbox", "--resume");
        assertThat(resumed.exitCode()).as("seed %d: %s", seed, resumed.err()).isZero();
        assertThat(as("alice", "outbox").out()).as("seed %d: the outbox is empty", seed).isBlank();

        List<String> committed = jsonLines(as("alice", "history", bob, "--json", "--limit", "100").out()).stream()
                .peek(m -> assertThat(m.get("state").asText()).as("seed %d", seed).isEqualTo("stored"))
                .map(m -> m.get("text").asText()).toList();
        CliRun received = as("bob", "receive");
        assertThat(received.exitCode()).as(received.err()).isZero();
        Map<String, Long> arrivals = jsonLines(received.out()).stream()
                .collect(Collectors.groupingBy(m -> m.get("text").asText(), Collectors.counting()));
        List<String> atBob = jsonLines(as("bob", "history", alice, "--json", "--limit", "100").out()).stream()
                .map(m -> m.get("text").asText()).toList();

        System.out.printf("kill mid-send: seed %d, %d of %d senders killed, %d messages committed, %d arrived%n",
                seed, killed, ROUNDS, committed.size(), jsonLines(received.out()).size());
        assertThat(committed).as("seed %d: some messages were committed before their sender died", seed)
                .isNotEmpty();
        assertThat(arrivals).as("seed %d, %d killed: each committed message once", seed, killed)
                .containsOnlyKeys(committed).allSatisfy((text, count) -> assertThat(count).isEqualTo(1));
        assertThat(atBob).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(committed.stream().collect(Collectors.toMap(Function.identity(), t -> 1, Integer::sum)))
                .as("the sender never committed a message twice").allSatisfy((t, n) -> assertThat(n).isEqualTo(1));
    }

    private static List<JsonNode> jsonLines(String out) {
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }
}
