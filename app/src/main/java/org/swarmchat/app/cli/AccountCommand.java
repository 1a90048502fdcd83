package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swarmchat.app.core.Accounts;
import org.swarmchat.app.core.DisplayNames;
import org.swarmchat.app.core.Identity;
import org.swarmchat.app.core.Profile;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException;
import org.swarmchat.crypto.keys.RecoveryPassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swarmchat account create|restore|show|rename}: the one account of a profile. */
@Command(name = "account", description = "Create, restore or show the profile's account.",
        subcommands = {AccountCommand.Create.class, AccountCommand.Restore.class, AccountCommand.Show.class,
            AccountCommand.Rename.class})
final class AccountCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** {@code account create --name NAME}: prints the new Account ID, and the recovery password once. */
    @Command(name = "create", description = "Create a new account: prints its Account ID and, once, the recovery"
            + " password (on stderr, so that `ID=$(swarmchat account create --name A)` captures the ID alone).")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        private AccountCommand account;

        @Spec
        private CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Your display name.")
        private String name;

        @Option(names = "--json", description = "Print one JSON object: account_id, display_name,"
                + " recovery_password, profile, network.")
        private boolean json;

        @Override
        public Integer call() {
            SwarmchatCommand root = account.root;
            String displayName = checkedName(name);
            Accounts.Created created;
            try (Profile profile = ProfileAccess.openOrCreate(root)) {
                created = profile.accounts().create(displayName, new SecureRandom());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = describe(root, created.identity());
                node.put("recovery_password", created.recoveryPassword());
                out.println(node);
            } else {
                out.println(created.identity().accountId().hex());
                PrintWriter err = spec.commandLine().getErr();
                err.println("Your recovery password, shown this once. Write it down: it is the only way back into"
                        + " this account.");
                err.println("  " + created.recoveryPassword());
                err.flush();
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code account restore}: the account of a recovery password read from stdin or a file. */
    @Command(name = "restore", description = "Restore an account from its 13-word recovery password, read from"
            + " --recovery-password-file or from the first line of stdin.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        private AccountCommand account;

        @Spec
        private CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Option(names = "--name", paramLabel = "NAME",
                description = "Your display name (default: the short Account ID; change it with `account rename`).")
        private String name;

        @Option(names = "--recovery-password-file", paramLabel = "FILE",
                description = "A file holding the recovery password (default: the first line of stdin).")
        private Path file;

        @Option(names = "--json", description = "Print one JSON object: account_id, display_name, profile, network.")
        private boolean json;

        @Override
        public Integer call() {
            SwarmchatCommand root = account.root;
            Optional<String> displayName = Optional.ofNullable(name).map(AccountCommand::checkedName);
            String words = readWords();
            try {
                // Checked before the profile is opened, so that a mistyped word writes nothing.
                RecoveryPassword.decodeAccountSeed(words);
            } catch (InvalidRecoveryPasswordException e) {
                throw new UserInputException("recovery password: " + e.getMessage(), e);
            }
            Identity identity;
            try (Profile profile = ProfileAccess.openOrCreate(root)) {
                identity = profile.accounts().restore(words, displayName);
            } catch (InvalidRecoveryPasswordException e) {
                throw new UserInputException("recovery password: " + e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? describe(root, identity).toString() : identity.accountId().hex());
            out.flush();
            return ExitCodes.OK;
        }

        private String readWords() {
            try {
                if (file != null) {
                    return Files.readString(file, StandardCharsets.UTF_8).strip();
                }
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null || line.isBlank()) {
                    throw new UserInputException("no recovery password: give it on stdin or with"
                            + " --recovery-password-file FILE");
                }
                return line.strip();
            } catch (IOException e) {
                throw new UserInputException("cannot read the recovery password: " + e.getMessage(), e);
            }
        }
    }

    /** {@code account show}: the profile's Account ID, display name and where it lives. */
    @Command(name = "show", description = "Show the profile's Account ID and display name.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private AccountCommand account;

        @Spec
        private CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Option(names = "--json", description = "Print one JSON object: account_id, display_name, profile,"
                + " network, folder.")
        private boolean json;

        @Option(names = "--recovery-password", description = "Also show the recovery password.")
        private boolean reveal;

        @Override
        public Integer call() {
            SwarmchatCommand root = account.root;
            Identity identity;
            Optional<String> words = Optional.empty();
            try (Profile profile = ProfileAccess.openExisting(root)) {
                identity = profile.identity();
                if (reveal) {
                    words = profile.accounts().recoveryPassword();
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = describe(root, identity);
                node.put("folder", ProfileAccess.folder(root).toString());
                words.ifPresent(w -> node.put("recovery_password", w));
                out.println(node);
            } else {
                out.println("Account ID:   " + identity.accountId().hex());
                out.println("Display name: " + identity.displayName());
                out.println("Profile:      " + root.profileName() + " (" + ProfileAccess.folder(root) + ")");
                out.println("Network:      " + root.network().name());
                words.ifPresent(w -> out.println("Recovery password: " + w));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code account rename NAME}: the display name sent with later messages. */
    @Command(name = "rename", description = "Change your display name.")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        private AccountCommand account;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @picocli.CommandLine.Parameters(paramLabel = "NAME", description = "The new display name.")
        private String name;

        @Override
        public Integer call() {
            String displayName = checkedName(name);
            try (Profile profile = ProfileAccess.openExisting(account.root)) {
                profile.identity();
                profile.accounts().rename(displayName);
            }
            return ExitCodes.OK;
        }
    }

    private static String checkedName(String name) {
        try {
            return DisplayNames.check(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--name: " + e.getMessage(), e);
        }
    }

    private static ObjectNode describe(SwarmchatCommand root, Identity identity) {
        ObjectNode node = MessageJson.JSON.createObjectNode();
        node.put("account_id", identity.accountId().hex());
        node.put("display_name", identity.displayName());
        node.put("profile", root.profileName());
        node.put("network", root.network().name());
        return node;
    }
}
