package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    private static CommandLine root() {
        return new CommandLine(new SwarmchatCommand());
    }

    @Test
    void aOneShotCommandRegistersOnlyItself() {
        CommandLine root = root();

        Subcommands.register(root, "id", "--seed", "000102030405060708090a0b0c0d0e0f");

        assertThat(root.getSubcommands()).containsOnlyKeys("id");
    }

    @Test
    void theRootsUsageListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(Subcommands.names()).isNotEmpty().allSatisfy(name -> assertThat(run.out()).contains(name));
    }

    @Test
    void noCommandOrAnUnknownOneRegistersEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help", "id"}, {"nosuch"}, {"-V"}, {"--", "id"}}) {
            CommandLine root = root();

            Subcommands.register(root, args);

            assertThat(root.getSubcommands().keySet()).containsExactlyElementsOf(Subcommands.names());
        }
    }

    @Test
    void anUnknownCommandIsAnErrorThatSuggestsTheNearestOne() {
        CliRun run = CliRun.of("ide", "--seed", "000102030405060708090a0b0c0d0e0f");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("ide");
    }

    @Test
    void everyCommandRunsWhenRegisteredAlone() {
        CliRun run = CliRun.of("decode", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--recipient-seed");
    }
}
