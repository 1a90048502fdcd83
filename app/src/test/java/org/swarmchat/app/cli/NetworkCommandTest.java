package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;

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
    }

    @Test
    void theTableDrawsThePathsFromYou() {
        CliRun run = CliRun.of("--network", devnet.seedUrl(), "network", "--account", someAccount().hex());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Node pool    ").contains("Swarm ").contains("You -> ");
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
