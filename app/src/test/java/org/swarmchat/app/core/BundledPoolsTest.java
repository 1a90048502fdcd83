package org.swarmchat.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.swarmchat.app.config.NetworkChoice;

/** The bundled node lists of SPEC §1.1: which networks have one, and what a file must hold to be used. */
class BundledPoolsTest {
    private static final String NODE = "{\"public_ip\":\"203.0.113.7\",\"storage_port\":22021,"
            + "\"pubkey_ed25519\":\"" + "ab".repeat(32) + "\",\"pubkey_x25519\":\"" + "cd".repeat(32) + "\"}";

    @Test
    void theMainnetListIsShippedButMarkedAsAPlaceholderSoItIsNotUsed() throws IOException {
        try (InputStream in = BundledPools.class.getResourceAsStream("snode-pool-mainnet.json")) {
            assertThat(in).isNotNull();
            BundledPools.Snapshot snapshot = BundledPools.read(in);
            assertThat(snapshot.placeholder()).isTrue();
            assertThat(snapshot.nodes()).isNotEmpty()
                    .allSatisfy(node -> assertThat(node.ip()).startsWith("192.0.2."));
        }
        assertThat(BundledPools.of(NetworkChoice.parse("mainnet"))).isEmpty();
    }

    @Test
    void theDevnetTestnetAndSeedUrlsHaveNoBundledList() {
        assertThat(BundledPools.of(NetworkChoice.devnet())).isEmpty();
        assertThat(BundledPools.of(NetworkChoice.parse("testnet"))).isEmpty();
        assertThat(BundledPools.of(NetworkChoice.parse("https://10.1.2.3:4443"))).isEmpty();
    }

    @Test
    void aRealSnapshotGivesItsNodesAndDropsThoseWithoutAnAddress() throws IOException {
        String json = "{\"placeholder\":false,\"network\":\"mainnet\",\"taken_at\":\"2026-12-01\",\"result\":"
                + "{\"service_node_states\":[" + NODE + ",{\"public_ip\":\"0.0.0.0\",\"storage_port\":1,"
                + "\"pubkey_ed25519\":\"" + "ef".repeat(32) + "\",\"pubkey_x25519\":\"" + "01".repeat(32) + "\"}]}}";

        BundledPools.Snapshot snapshot = BundledPools.read(stream(json));

        assertThat(snapshot.placeholder()).isFalse();
        assertThat(snapshot.nodes()).singleElement().satisfies(node -> {
            assertThat(node.ip()).isEqualTo("203.0.113.7");
            assertThat(node.port()).isEqualTo(22021);
        });
    }

    @Test
    void aFileWithoutANodeListIsAnError() {
        assertThatThrownBy(() -> BundledPools.read(stream("{\"placeholder\":false}"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BundledPools.read(stream("[]"))).isInstanceOf(IOException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
