package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.devnet.echo.LoopbackHttps;
import picocli.CommandLine;

/** {@code swarmchat devnet} run in-process on small devnets, queried over real HTTPS, then stopped. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DevnetCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEED = Pattern.compile("seed URL: +(https://127\\.0\\.0\\.1:(\\d+))");
    private static final Pattern ECHO = Pattern.compile("echo contact: +(05[0-9a-f]{64})");

    @Test
    void printsTheSeedTheEchoContactAndTheSwarmsAndStopsWhenAsked(@TempDir Path dir) throws Exception {
        try (Running devnet = Running.of("devnet", "--nodes", "6", "--port", "0", "--data-dir", dir.toString())) {
            String out = devnet.awaitOutput("Press Ctrl-C");
            Matcher seed = SEED.matcher(out);
            assertThat(seed.find()).as(out).isTrue();
            Matcher echo = ECHO.matcher(out);
            assertThat(echo.find()).as(out).isTrue();
            assertThat(AccountId.isValid(echo.group(1))).isTrue();
            assertThat(out).contains("6 nodes in 1 swarms").contains("SWARM").contains(dir.toString());
            assertThat(out.lines().filter(l -> l.contains("127.0.0.1  ")).count()).isEqualTo(6);

            JsonNode nodes = jsonRpc(seed.group(1), "get_n_service_nodes");
            assertThat(nodes.path("result").path("service_node_states")).hasSize(6);

            devnet.stop();

            assertThat(devnet.exitCode()).isZero();
            assertThat(devnet.err()).contains("stopped; saved in " + dir);
            assertThat(dir.resolve("devnet.json")).exists();
            assertThat(Files.readString(dir.resolve("echo").resolve("seed")).strip()).hasSize(32);
        }
    }

    @Test
    void printsOneJsonLineForScripts() throws Exception {
        try (Running devnet = Running.of("devnet", "--nodes", "5", "--port", "0", "--json", "--no-echo")) {
            String line = devnet.awaitOutput("\n");
            JsonNode report = JSON.readTree(line);
            assertThat(report.path("seed_url").asText()).startsWith("https://127.0.0.1:");
            assertThat(report.path("echo_account_id").isNull()).isTrue();
            assertThat(report.path("temporary").asBoolean()).isTrue();
            assertThat(report.path("swarms")).hasSize(1);
            assertThat(report.path("swarms").get(0).path("nodes")).hasSize(5);

            JsonNode nodes = jsonRpc(report.path("seed_url").asText(), "get_n_service_nodes");
            assertThat(nodes.path("result").path("service_node_states")).hasSize(5);
            devnet.stop();
            assertThat(devnet.exitCode()).isZero();
            assertThat(Files.exists(Path.of(report.path("data_dir").asText()))).as("temporary data deleted").isFalse();
        }
    }

    @Test
    void badOptionsGiveOneLineAndStatusOne() {
        CliRun zero = CliRun.of("devnet", "--nodes", "0");
        CliRun port = CliRun.of("devnet", "--port", "70000");
        CliRun word = CliRun.of("devnet", "--nodes", "many");

        for (CliRun run : new CliRun[] {zero, port, word}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errIsOneLine()).as(run.err()).isTrue();
            assertThat(run.out()).isEmpty();
        }
        assertThat(zero.err()).contains("--nodes");
        assertThat(port.err()).contains("--port");
    }

    @Test
    void isListedInTheHelpWithItsOptions() {
        CliRun help = CliRun.of("devnet", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--nodes", "--data-dir", "--port", "22023", "Ctrl-C");
        assertThat(CliRun.of("--help").out()).contains("devnet");
    }

    private static JsonNode jsonRpc(String seedUrl, String method) throws Exception {
        try (HttpClient http = LoopbackHttps.newClient(Duration.ofSeconds(30))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(seedUrl + "/json_rpc"))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":{}}"))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }

    /** The command running on its own thread, with its output captured. */
    private static final class Running implements AutoCloseable {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final StopOnDemand lifetime = new StopOnDemand();
        private final AtomicInteger exitCode = new AtomicInteger(-1);
        private final Thread thread;

        private Running(String... args) {
            CommandLine.IFactory factory = new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> cls) throws Exception {
                    return cls == DevnetCommand.class ? cls.cast(new DevnetCommand(lifetime))
                            : CommandLine.defaultFactory().create(cls);
                }
            };
            thread = Thread.ofPlatform().name("devnet-command").start(() -> exitCode.set(
                    SwarmchatCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), factory, args)));
        }

        static Running of(String... args) {
            return new Running(args);
        }

        /** The output once it contains {@code marker} (the command has started, or failed and said why). */
        String awaitOutput(String marker) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> out.toString().contains(marker) || !thread.isAlive());
            assertThat(out.toString()).as("stderr: " + err).contains(marker);
            return out.toString();
        }

        void stop() throws InterruptedException {
            lifetime.stop();
            thread.join(Duration.ofSeconds(60));
            assertThat(thread.isAlive()).as("the command ended").isFalse();
        }

        int exitCode() {
            return exitCode.get();
        }

        String err() {
            return err.toString();
        }

        @Override
        public void close() throws InterruptedException {
            if (thread.isAlive()) {
                stop();
            }
        }
    }
}
