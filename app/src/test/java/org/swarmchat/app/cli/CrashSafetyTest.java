package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.app.cli.CliRun.jsonLines;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.Profiles;
import org.swarmchat.devnet.LocalDevnet;

/**
 * Crash safety: a sender and a receiver, each in a JVM of its own, killed with SIGKILL at random points of a
 * {@code send} and of a {@code receive}: before the outbox commit, between the commit and the store, while the
 * swarm stores, while a poll's messages are being stored, after. After every round both databases open; at the
 * end every message the sender had committed has reached the recipient exactly once, and nothing else has.
 *
 * <p>CI runs {@value #CI_ROUNDS} rounds; the long form is {@code ./mvnw -B verify -pl app -am
 * -Dtest=CrashSafetyTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrash.rounds=100}.
 */
@Timeout(value = 60, unit = TimeUnit.MINUTES)
class CrashSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CI_ROUNDS = 10;
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

    /** Starts {@code swarmchat} in a JVM of its own, on the test's class path. */
    private Process inAnotherJvm(String profile, Path log, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.swarmchat.app.Main"));
        command.addAll(global(profile));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits {@code millis}, then kills the process if it still runs; true if it was killed. */
    private static boolean killAfter(Process process, long millis, String what, long seed) throws Exception {
        if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            assertThat(process.exitValue()).as("seed %d: %s ended with an error", seed, what).isZero();
            return false;
        }
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no clean close
        process.waitFor();
        return true;
    }

    private static long timed(Process process, long start, String what, long seed) throws Exception {
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", what).isTrue();
        assertThat(process.exitValue()).as("seed %d: %s ended with an error", seed, what).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private void assertBothDatabasesOpen(long seed, int round) {
        for (String name : List.of("alice", "bob")) {
            Path folder = Profiles.folder(DataDirectory.resolve(Optional.of(data), Map.of(), data),
                    NetworkChoice.parse(devnet.seedUrl()), name);
            try (Profile profile = Profile.open(folder, name, Optional.empty(), Clock.systemUTC())) {
                assertThat(profile.identity().displayName()).as("seed %d, round %d", seed, round).isNotBlank();
            }
        }
    }

    @Test
    void everyCommittedMessageArrivesExactlyOnceAfterKillsMidSendAndMidReceive() throws Exception {
        int rounds = Integer.getInteger("crash.rounds", CI_ROUNDS);
        as("alice", "account", "create", "--name", "Alice");
        String bob = as("bob", "account", "create", "--name", "Bob").out().strip();
        String alice = JSON.readTree(as("alice", "account", "show", "--json").out()).get("account_id").asText();
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);

        // Calibration: one send and one receive left to finish show how long each takes on this machine now (a
        // loaded machine takes several times longer); the kills then fall anywhere from early start-up to just
        // after the usual end, so that every phase gets hit whatever the load.
        // Both run at once, as in the rounds, since each slows the other down on a small machine.
        long calibrationStart = System.nanoTime();
        Process calibrationSend = inAnotherJvm("alice", data.resolve("send-calibration.log"), "send", bob,
                "calibration");
        Process calibrationReceive = inAnotherJvm("bob", data.resolve("receive-calibration.log"), "receive");
        long receiveMillis = timed(calibrationReceive, calibrationStart, "calibration receive", seed);
        long sendMillis = timed(calibrationSend, calibrationStart, "calibration send", seed);
        int sendersKilled = 0;
        int receiversKilled = 0;
        for (int round = 0; round < rounds; round++) {
            String text = "round " + round;
            Process sender = inAnotherJvm("alice", data.resolve("send-" + round + ".log"), "send", bob, text);
            Process receiver = inAnotherJvm("bob", data.resolve("receive-" + round + ".log"), "receive");
            long senderKill = (long) (sendMillis * (0.15 + 1.15 * random.nextDouble()));
            long receiverKill = (long) (receiveMillis * (0.15 + 1.15 * random.nextDouble()));
            long start = System.nanoTime();
            boolean receiverFirst = receiverKill < senderKill;
            if (receiverFirst) {
                receiversKilled += killAfter(receiver, receiverKill, "receive", seed) ? 1 : 0;
            }
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            sendersKilled += killAfter(sender, Math.max(1, senderKill - waited), "send " + text, seed) ? 1 : 0;
            if (!receiverFirst) {
                waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                receiversKilled += killAfter(receiver, Math.max(1, receiverKill - waited), "receive", seed) ? 1 : 0;
            }
            assertBothDatabasesOpen(seed, round);
        }

        CliRun resumed = as("alice", "outbox", "--resume");
        assertThat(resumed.exitCode()).as("seed %d: %s", seed, resumed.err()).isZero();
        assertThat(as("alice", "outbox").out()).as("seed %d: the outbox is empty", seed).isBlank();
        List<String> committed = jsonLines(as("alice", "history", bob, "--json", "--limit", "500").out()).stream()
                .peek(m -> assertThat(m.get("state").asText()).as("seed %d", seed).isEqualTo("stored"))
                .map(m -> m.get("text").asText()).toList();
        for (int quiet = 0; quiet < 4;) {
            CliRun received = as("bob", "receive");
            assertThat(received.exitCode()).as(received.err()).isZero();
            quiet = received.out().isBlank() ? quiet + 1 : 0;
        }
        List<String> atBob = jsonLines(as("bob", "history", alice, "--json", "--limit", "500").out()).stream()
                .map(m -> m.get("text").asText()).toList();

        System.out.printf("crash safety: a send took %d ms, a receive %d ms unkilled%n", sendMillis, receiveMillis);
        System.out.printf("crash safety: seed %d, %d rounds, %d senders and %d receivers killed, %d messages"
                + " committed, %d at the recipient%n", seed, rounds, sendersKilled, receiversKilled, committed.size(),
                atBob.size());
        assertThat(sendersKilled + receiversKilled).as("seed %d: some processes were killed", seed).isPositive();
        assertThat(committed).as("seed %d: some messages were committed", seed).isNotEmpty();
        assertThat(atBob).as("seed %d: each committed message once, nothing else", seed)
                .containsExactlyInAnyOrderElementsOf(committed);
        assertThat(committed.stream().collect(Collectors.toMap(Function.identity(), t -> 1, Integer::sum)))
                .as("the sender never committed a message twice").allSatisfy((t, n) -> assertThat(n).isEqualTo(1));
        Files.writeString(Path.of("target", "crash-safety-report.txt"), String.format(
                "seed %d, %d rounds, %d senders and %d receivers killed, %d committed, %d delivered once%n", seed,
                rounds, sendersKilled, receiversKilled, committed.size(), atBob.size()));
    }

}
