package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.app.logging.LogSetup;

/** Switching networks never mixes their data: one profile name holds a different account on each network. */
class NetworksKeptApartTest {
    @TempDir
    Path data;

    @AfterEach
    void closeTheLogFile() {
        LogSetup.restoreDefaults();
    }

    private CliRun run(String network, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = data.toString();
        all[2] = "--network";
        all[3] = network;
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    void eachNetworkHasItsOwnFolderAndItsOwnAccount() {
        CliRun onDevnet = run("devnet", "account", "create", "--name", "Dev");
        CliRun onMainnet = run("mainnet", "account", "create", "--name", "Main");
        assertThat(onDevnet.exitCode()).isZero();
        assertThat(onMainnet.exitCode()).isZero();
        assertThat(onMainnet.out().strip()).isNotEqualTo(onDevnet.out().strip());

        assertThat(run("devnet", "account", "show").out()).contains(onDevnet.out().strip()).contains("Dev")
                .doesNotContain(onMainnet.out().strip());
        assertThat(run("mainnet", "account", "show").out()).contains(onMainnet.out().strip()).contains("Main")
                .doesNotContain(onDevnet.out().strip());
        CliRun onTestnet = run("testnet", "account", "show");
        assertThat(onTestnet.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(onTestnet.errIsOneLine()).isTrue();

        assertThat(data.resolve("devnet/profiles/default")).isDirectory();
        assertThat(data.resolve("mainnet/profiles/default")).isDirectory();
        assertThat(data.resolve("testnet/profiles/default")).doesNotExist();
    }
}
