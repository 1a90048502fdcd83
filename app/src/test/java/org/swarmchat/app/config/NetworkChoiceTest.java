package org.swarmchat.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkChoiceTest {

    @Test
    void theNamedNetworksHaveTheirSeeds() {
        assertThat(NetworkChoice.parse("devnet").seeds()).containsExactly(URI.create("https://127.0.0.1:22023"));
        assertThat(NetworkChoice.parse("MAINNET").seeds()).hasSize(3)
                .allSatisfy(seed -> assertThat(seed.toString()).startsWith("https://seed").endsWith(":4443"));
        assertThat(NetworkChoice.parse("testnet").seeds()).containsExactly(
                URI.create("http://seed2.getsession.org:38157"));
    }

    @Test
    void aSeedUrlIsItsOwnNetworkWithItsOwnFolder() {
        NetworkChoice custom = NetworkChoice.parse("https://127.0.0.1:40000/");

        assertThat(custom.seeds()).containsExactly(URI.create("https://127.0.0.1:40000"));
        assertThat(custom.name()).isEqualTo("custom-127.0.0.1-40000");
        assertThat(custom.embeddedDevnet()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "moonnet", "ftp://127.0.0.1:1", "https://127.0.0.1", "https://127.0.0.1:1/json_rpc",
        "https://[bad"})
    void anythingElseIsRefusedWithTheReason(String text) {
        assertThatThrownBy(() -> NetworkChoice.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--network");
    }

    @Test
    void theDataFolderFollowsXdgUnlessGiven() {
        Path home = Path.of("/home/alice");

        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), home).root())
                .isEqualTo(Path.of("/home/alice/.local/share/swarmchat"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), home).root())
                .isEqualTo(Path.of("/data/swarmchat"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), home).root())
                .isEqualTo(Path.of("/home/alice/.local/share/swarmchat"));
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/tmp/x")), Map.of("XDG_DATA_HOME", "/data"), home)
                .network(NetworkChoice.parse("mainnet"))).isEqualTo(Path.of("/tmp/x/mainnet"));
    }
}
