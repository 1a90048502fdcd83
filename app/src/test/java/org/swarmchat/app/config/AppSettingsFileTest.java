package org.swarmchat.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's settings file: defaults, a round trip through a second reader, damage, and seed URLs. */
class AppSettingsFileTest {
    @TempDir
    Path data;

    private AppSettingsFile file() {
        return AppSettingsFile.in(DataDirectory.ofUser(Optional.of(data)));
    }

    @Test
    void aDataFolderWithoutTheFileHasTheDefaultsAndNothingIsWrittenByReading() {
        AppSettings settings = file().read();
        assertThat(settings).isEqualTo(AppSettings.defaults());
        assertThat(settings.networkChoice()).isEqualTo(NetworkChoice.devnet());
        assertThat(settings.notifications()).isTrue();
        assertThat(data.resolve(AppSettingsFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void whatOneWritesTheNextStartReadsAndNoTemporaryFileIsLeft() throws Exception {
        file().update(s -> s.withNetwork(NetworkChoice.parse("mainnet")).withNotifications(false));
        AppSettings again = file().read();
        assertThat(again.networkChoice()).isEqualTo(NetworkChoice.parse("mainnet"));
        assertThat(again.notifications()).isFalse();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(AppSettingsFile.FILE_NAME);
        }

        file().update(s -> s.withNetwork(AppSettings.customSeed("https://seed.example.org:4443")));
        assertThat(file().read().networkChoice().seeds().getFirst().toString())
                .isEqualTo("https://seed.example.org:4443");
        assertThat(file().read().notifications()).as("an update keeps the other settings").isFalse();
    }

    @Test
    void theCommandLineOverridesTheSavedNetwork() {
        file().update(s -> s.withNetwork(NetworkChoice.parse("mainnet")));
        assertThat(file().networkToUse(Optional.empty())).isEqualTo(NetworkChoice.parse("mainnet"));
        assertThat(file().networkToUse(Optional.of(NetworkChoice.devnet()))).isEqualTo(NetworkChoice.devnet());
    }

    @Test
    void aDamagedFileOrAnUnknownNetworkReadsAsTheDefaults() throws Exception {
        Path path = data.resolve(AppSettingsFile.FILE_NAME);
        Files.writeString(path, "{\"network\": ", StandardCharsets.UTF_8);
        assertThat(file().read()).isEqualTo(AppSettings.defaults());
        Files.writeString(path, "{\"network\": \"ftp://x:1\", \"notifications\": false}", StandardCharsets.UTF_8);
        assertThat(file().read()).isEqualTo(AppSettings.defaults());
        Files.writeString(path, "{\"notifications\": false, \"from\": \"a later version\"}", StandardCharsets.UTF_8);
        assertThat(file().read()).as("a missing field gets its default, an unknown one is ignored")
                .isEqualTo(new AppSettings("devnet", false));
    }

    @Test
    void aCustomSeedMustBeAnHttpsUrlWithAHostAndAPort() {
        assertThat(AppSettings.customSeed(" https://127.0.0.1:22023 ").seeds().getFirst().toString())
                .isEqualTo("https://127.0.0.1:22023");
        assertThatThrownBy(() -> AppSettings.customSeed("")).hasMessageContaining("Enter the seed's URL");
        assertThatThrownBy(() -> AppSettings.customSeed("http://seed.example.org:4443"))
                .hasMessage("The seed URL must start with https://.");
        assertThatThrownBy(() -> AppSettings.customSeed("seed.example.org"))
                .hasMessage("The seed URL must start with https://.");
        assertThatThrownBy(() -> AppSettings.customSeed("https://seed.example.org"))
                .hasMessageContaining("needs a host and a port");
        assertThatThrownBy(() -> AppSettings.customSeed("https://seed.example.org:4443/json_rpc"))
                .hasMessageContaining("without a path");
        assertThatThrownBy(() -> AppSettings.customSeed("https://bad host:1")).hasMessageStartingWith("That is not a URL");
    }
}
