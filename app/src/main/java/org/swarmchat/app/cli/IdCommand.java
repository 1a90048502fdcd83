package org.swarmchat.app.cli;

import java.util.concurrent.Callable;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.KeyConversion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swarmchat id}: prints the Account ID of a recovery password or a seed, and nothing else. */
@Command(name = "id", description = "Print the Account ID of a recovery password or a seed.")
final class IdCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--mnemonic", paramLabel = "WORDS", description = "The 13-word recovery password.")
        String mnemonic;

        @Option(names = "--seed", paramLabel = "HEX",
                description = "A 16-byte Session seed (32 hex) or a 32-byte Ed25519 seed (64 hex).")
        String seed;
    }

    @Override
    public Integer call() {
        byte[] seed = source.mnemonic != null
                ? SeedArguments.ed25519SeedFromRecoveryPassword(source.mnemonic)
                : SeedArguments.ed25519SeedFromHex("--seed", source.seed);
        spec.commandLine().getOut().println(AccountId.of(KeyConversion.x25519PublicKeyOfSeed(seed)).hex());
        return ExitCodes.OK;
    }
}
