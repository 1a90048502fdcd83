package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.app.core.TokenFigures;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.devnet.http.HttpEndpoint;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.http.Routes;

/** {@code swarmchat network} against an in-process devnet over real HTTPS. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NetworkCommandTest {
    private static LocalDevnet devnet;

    @BeforeAll
    static void startDevnet() throws Exception {
        // 25 nodes, as `swarmchat devnet` starts: a probe's path keeps its guard out of the probed swarm and away
        // from the other path, which a devnet of two swarms cannot always give.
        devnet = LocalDevnet.builder().nodes(25).start();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }

    private static AccountId someAccount() {
        return AccountId.of(Ed25519KeyPair.generate(new SecureRandom()));
    }

    @Test
    void theJsonSaysWhatTheDevnetHas() throws Exception {
        AccountId account = someAccount();

        CliRun run = CliRun.of("--network", devnet.seedUrl(), "network", "--json", "--account", account.hex());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("account").asText()).isEqualTo(account.hex());
        // Nodes that fail their guard test three times leave the pool (SPEC §1.4), so on a starved machine the pool
        // may be smaller than the devnet; it never holds a node the devnet does not have.
        assertThat(json.get("pool_size").asInt()).isBetween(1, devnet.nodes().size());
        List<DevnetNode> members = devnet.swarmOf(account).members();
        JsonNode swarm = json.get("own_swarm");
        assertThat(swarm.get("size").asInt()).isEqualTo(members.size());
        Set<String> shown = new HashSet<>();
        swarm.get("members").forEach(m -> shown.add(m.get("ed25519").asText()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(members.stream().map(m -> m.ed25519().hex()).toList());
        swarm.get("members").forEach(m -> {
            assertThat(m.get("reachable").asBoolean()).as(m.toString()).isTrue();
            assertThat(m.get("latency_ms").asLong()).isNotNegative();
        });
        JsonNode paths = json.get("paths");
        assertThat(paths.get("state").asText()).isIn("ready", "degraded");
        assertThat(paths.get("paths")).isNotEmpty().allSatisfy(p -> assertThat(p.get("hops")).hasSize(3));

        JsonNode info = devnetInfo();
        JsonNode tokens = json.get("token_figures");
        assertThat(json.get("token_figures_error").isNull()).as(json.toString()).isTrue();
        assertThat(tokens.get("devnet").asBoolean()).isTrue();
        assertThat(tokens.get("note").asText()).isEqualTo(org.swarmchat.devnet.seed.NetworkInfo.NOTE);
        assertThat(Instant.parse(tokens.get("time").asText())).isEqualTo(Instant.ofEpochSecond(info.get("t").asLong()));
        assertThat(tokens.get("price_usd").decimalValue()).isEqualByComparingTo(decimal(info, "price", "usd"));
        assertThat(tokens.get("market_cap_usd").decimalValue())
                .isEqualByComparingTo(decimal(info, "price", "usd_market_cap"));
        assertThat(tokens.get("price_stale").asBoolean()).isFalse();
        assertThat(tokens.get("staking_requirement_sesh").decimalValue())
                .isEqualByComparingTo(decimal(info, "token", "staking_requirement"));
        assertThat(tokens.get("staking_reward_pool_sesh").decimalValue())
                .isEqualByComparingTo(decimal(info, "token", "staking_reward_pool"));
        assertThat(tokens.get("contract_address").asText())
                .isEqualTo(info.get("token").get("contract_address").asText());
        assertThat(tokens.get("staked_sesh").decimalValue())
                .isEqualByComparingTo(decimal(info, "network", "network_staked_tokens"));
        assertThat(tokens.get("staked_usd").decimalValue())
                .isEqualByComparingTo(decimal(info, "network", "network_staked_usd"));
        assertThat(tokens.get("network_size").asLong()).isEqualTo(info.get("network").get("network_size").asLong());
    }

    @Test
    void theTableDrawsThePathsFromYou() {
        CliRun run = CliRun.of("--network", devnet.seedUrl(), "network", "--account", someAccount().hex());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Node pool    ").contains("Swarm ").contains("You -> ");
    }

    @Test
    void theTableEndsWithTheDevnetsTokenFiguresWordedAsThePageWordsThem() {
        CliRun run = CliRun.of("--network", devnet.seedUrl(), "network", "--account", someAccount().hex());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String block = run.out().substring(run.out().indexOf("\nToken figures ") + 1);
        assertThat(block).as(run.out()).startsWith("Token figures as of ").doesNotContain("unavailable");
        assertThat(block.lines().findFirst().orElseThrow()).matches("Token figures as of \\d{2}:\\d{2}:\\d{2} on .+");
        assertThat(block).as("a devnet's figures are not real, and the table says so").contains("  WARNING: "
                + org.swarmchat.devnet.seed.NetworkInfo.NOTE.substring(0, 1).toUpperCase(Locale.ROOT)
                + org.swarmchat.devnet.seed.NetworkInfo.NOTE.substring(1) + "\n");
        JsonNode info = devnetInfo();
        assertThat(figure(block, TokenFigures.PRICE)).isEqualByComparingTo(decimal(info, "price", "usd"));
        assertThat(figure(block, TokenFigures.MARKET_CAP))
                .isEqualByComparingTo(decimal(info, "price", "usd_market_cap"));
        assertThat(figure(block, TokenFigures.STAKING_REQUIREMENT))
                .isEqualByComparingTo(decimal(info, "token", "staking_requirement"));
        assertThat(figure(block, TokenFigures.STAKING_REWARD_POOL))
                .isEqualByComparingTo(decimal(info, "token", "staking_reward_pool"));
        assertThat(figure(block, TokenFigures.STAKED_TOKENS))
                .isEqualByComparingTo(decimal(info, "network", "network_staked_tokens"));
        assertThat(figure(block, TokenFigures.STAKED_USD))
                .isEqualByComparingTo(decimal(info, "network", "network_staked_usd"));
        assertThat(figure(block, TokenFigures.NETWORK_SIZE))
                .isEqualByComparingTo(decimal(info, "network", "network_size"));
    }

    @Test
    void aGarbledTokenSourceIsShownAndTheCommandStillSucceeds() throws Exception {
        // A node is a seed too; its /info answers bytes that are not JSON while its /json_rpc keeps working. The
        // node's own garbage fault cannot do that: it garbles every request the node gets, the seed request
        // included, and the command would fail before the figures matter. So this swaps the node's /info
        // endpoint for one that answers what that fault answers.
        DevnetNode seed = devnet.nodes().getFirst();
        byte[] garbage = devnet.faults(seed).garbage();
        try (var _ = swapInfo(seed, request -> HttpReply.json(200, garbage))) {
            CliRun table = CliRun.of("--network", seed.url(), "network", "--account", someAccount().hex());
            CliRun json = CliRun.of("--network", seed.url(), "network", "--json", "--account", someAccount().hex());

            assertThat(table.exitCode()).as(table.err()).isZero();
            assertThat(table.out()).contains("You -> ").contains("\nToken figures unavailable: the network info from "
                    + seed.url() + "/info is not JSON");
            assertThat(table.out()).doesNotContain(TokenFigures.PRICE);
            assertThat(json.exitCode()).as(json.err()).isZero();
            JsonNode tree = new ObjectMapper().readTree(json.out());
            assertThat(tree.get("own_swarm").get("size").asInt()).isPositive();
            assertThat(tree.get("token_figures").isNull()).isTrue();
            assertThat(tree.get("token_figures_error").asText()).contains(seed.url() + "/info is not JSON");
        }
    }

    @Test
    void aTokenSourceThatDoesNotAnswerIsWaitedForOnlyABoundedTime() throws Exception {
        // As above, a swapped endpoint: the node's delay fault would hold its seed answers as long as /info.
        DevnetNode seed = devnet.nodes().getFirst();
        CountDownLatch release = new CountDownLatch(1);
        try (var _ = swapInfo(seed, request -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HttpReply.json(200, "{}".getBytes(StandardCharsets.UTF_8));
        })) {
            CliRun run = CliRun.of("--network", seed.url(), "network", "--account", someAccount().hex());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("You -> ").contains("\nToken figures unavailable: the network info source"
                    + " did not answer within " + TokenFiguresFetch.WAIT.toSeconds() + " s\n");
        } finally {
            release.countDown();
        }
    }

    /** Answers {@code GET /info} at {@code node} with {@code endpoint} until closed, then as before. */
    private static AutoCloseable swapInfo(DevnetNode node, HttpEndpoint endpoint) {
        Routes routes = devnet.storageNode(node).routes();
        HttpEndpoint original = routes.find("GET", "/info").orElseThrow();
        routes.add("GET", "/info", endpoint);
        return () -> routes.add("GET", "/info", original);
    }

    /** What the devnet's own network info states now (SPEC §8). */
    private static JsonNode devnetInfo() {
        return new org.swarmchat.devnet.seed.NetworkInfo(devnet::view, Clock.systemUTC()).body();
    }

    private static BigDecimal decimal(JsonNode info, String object, String member) {
        return info.get(object).get(member).decimalValue();
    }

    /** The number on the block's line for {@code label}, read back from "$1,234.50", "20,000 SESH" or "25". */
    private static BigDecimal figure(String block, String label) {
        String line = block.lines().filter(l -> l.startsWith("  " + label + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + label + " in\n" + block));
        return new BigDecimal(line.substring(label.length() + 2).strip().replaceAll("[$,]| SESH| \\(stale\\)", ""));
    }

    @Test
    void aBadAccountIdIsNamedAndNothingIsContacted() {
        CliRun run = CliRun.of("--network", devnet.seedUrl(), "network", "--account", "05zz");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("--account").contains("66");
    }

    @Test
    void aNetworkThatIsNeitherANameNorAUrlIsRefused() {
        CliRun run = CliRun.of("--network", "moonnet", "network", "--account", someAccount().hex());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("moonnet");
    }

    @Test
    void aDevnetThatIsNotRunningIsSaidPlainly() {
        // Port 9 (discard) is closed on loopback: the connection is refused at once.
        CliRun run = CliRun.of("--network", "https://127.0.0.1:9", "network", "--account", someAccount().hex());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("no devnet answers at https://127.0.0.1:9");
    }
}
