package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A devnet restarted on the same data directory comes back with its identities and every unexpired message. */
class PersistenceTest {
    private static final long DAY = 86_400_000L;
    private final DevnetClient client = new DevnetClient();
    private final Random random = new Random(23);

    @TempDir
    Path dir;

    @Test
    void aRestartKeepsIdentitiesPortsSwarmsAndUnexpiredMessages() throws IOException {
        MutableClock clock = new MutableClock();
        Map<TestAccount, Set<String>> lasting = new HashMap<>();
        TestAccount shortLived = TestAccount.random(random);
        String shortHash;
        List<DevnetNode> before;
        String seedUrl;
        long height;
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(12).dataDir(dir).clock(clock).rateLimited(false)
                .start()) {
            devnet.addNode();
            for (int i = 0; i < 8; i++) {
                TestAccount a = TestAccount.random(random);
                lasting.put(a, Set.of(store(devnet, a, "kept " + i, clock.millis(), DAY)));
            }
            shortHash = store(devnet, shortLived, "fleeting", clock.millis(), 10_000);
            before = devnet.nodes();
            seedUrl = devnet.seedUrl();
            height = devnet.height();
        }
        assertThat(Files.exists(dir.resolve("devnet.json"))).isTrue();
        clock.advance(Duration.ofSeconds(30));
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(3).dataDir(dir).clock(clock).rateLimited(false)
                .start()) {
            assertThat(devnet.nodes()).as("the saved devnet, not a new one of 3").isEqualTo(before);
            assertThat(devnet.seedUrl()).isEqualTo(seedUrl);
            assertThat(devnet.height()).isEqualTo(height);
            SwarmChecks.assertEveryMessageOnEveryMember(devnet, client, lasting);
            for (DevnetNode member : devnet.swarmOf(shortLived.id()).members()) {
                var params = shortLived.retrieve(0, clock.millis());
                assertThat(client.rpc(member, "retrieve", params).json().get("messages")).as("expired").isEmpty();
                // The background expiry may already have purged it (it runs on the devnet's clock); either way a
                // purge leaves nothing of it.
                var node = devnet.storageNode(member);
                node.purgeExpired();
                assertThat(node.store().find(shortHash)).isEmpty();
            }
        }
    }

    @Test
    void aTemporaryDevnetLeavesNothingBehind() throws IOException {
        Path data;
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(5).rateLimited(false).start()) {
            data = devnet.dataDir();
            TestAccount a = TestAccount.random(random);
            store(devnet, a, "gone", System.currentTimeMillis(), DAY);
            assertThat(Files.exists(data)).isTrue();
        }
        assertThat(Files.exists(data)).isFalse();
    }

    private String store(LocalDevnet devnet, TestAccount a, String text, long timestamp, long ttl)
            throws IOException {
        DevnetNode node = devnet.swarmOf(a.id()).members().get(0);
        DevnetClient.Reply reply = client.rpc(node, "store",
                a.store(text.getBytes(StandardCharsets.UTF_8), timestamp, ttl));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("hash").asText();
    }
}
