package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.swarmchat.devnet.node.RateLimit;

/** The status codes that need a devnet of their own: 429 rate limiting and 500 when the whole swarm fails. */
class FailureCodesTest {
    private static final long DAY = 86_400_000L;
    private final DevnetClient client = new DevnetClient();
    private final Random random = new Random(41);

    @Test
    void directRequestsBeyondTheBucketGet429() throws IOException {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(1).rateLimit(new RateLimit(3, 0)).start()) {
            DevnetNode node = devnet.nodes().get(0);
            for (int i = 0; i < 3; i++) {
                assertThat(client.rpc(node, "info", DevnetClient.JSON.createObjectNode()).status()).isEqualTo(200);
            }
            DevnetClient.Reply limited = client.rpc(node, "info", DevnetClient.JSON.createObjectNode());
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.contentType()).startsWith("text/plain");
            assertThat(client.post(devnet.seedUrl() + "/json_rpc", "{\"method\":\"get_n_service_nodes\"}").status())
                    .as("the seed is not rate limited").isEqualTo(200);
        }
    }

    @Test
    void aStoreThatFailsOnEveryMemberIs500() throws IOException {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(5).seed(8).rateLimited(false)
                .peerTimeout(Duration.ofMillis(500)).start()) {
            List<DevnetNode> nodes = devnet.nodes();
            DevnetNode entry = nodes.get(0);
            devnet.storageNode(entry).store().destroy(); // the entry's database is gone
            for (DevnetNode peer : nodes.subList(1, nodes.size())) {
                devnet.faults(peer).stop();
            }
            TestAccount a = TestAccount.random(random);
            DevnetClient.Reply reply = client.rpc(entry, "store", a.store(new byte[] {1}, System.currentTimeMillis(),
                    DAY));
            assertThat(reply.status()).isEqualTo(500);
            JsonNode swarm = reply.json().get("swarm");
            JsonNode mine = swarm.get(entry.ed25519().hex());
            assertThat(mine.get("failed").asBoolean()).isTrue();
            assertThat(mine.get("query_failure").asBoolean()).isTrue();
            assertThat(swarm.get(nodes.get(1).ed25519().hex()).get("timeout").asBoolean()).isTrue();
            DevnetClient.Reply retrieve = client.rpc(entry, "retrieve", a.retrieve(0, System.currentTimeMillis()));
            assertThat(retrieve.status()).isEqualTo(500);
            assertThat(retrieve.body()).isEqualTo("request failed");
        }
    }
}
