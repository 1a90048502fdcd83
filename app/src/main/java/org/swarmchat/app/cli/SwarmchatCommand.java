package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.DesktopApp;
import org.swarmchat.app.core.DesktopOptions;
import org.swarmchat.app.core.Profiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code swarmchat} command line. With no command it opens the desktop app (found through
 * {@link ServiceLoader}, since JavaFX may not be used here); without one in the build it prints the usage. Exit
 * status: 0 success, 1 bad input or a failure, each with one line on stderr.
 */
@Command(name = "swarmchat",
        versionProvider = VersionProvider.class,
        description = "A desktop messenger for the Session network.")
public final class SwarmchatCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    // Declared here rather than with mixinStandardHelpOptions: the mixin is a second annotated class for picocli to
    // reflect over at every start, which cost about 0.1 s of a one-shot command's time.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    private boolean version;

    @Option(names = "--data-dir", paramLabel = "D", scope = CommandLine.ScopeType.LOCAL,
            description = "Where Swarmchat keeps its data (default: $XDG_DATA_HOME/swarmchat, else"
                    + " ~/.local/share/swarmchat). Each network has its own folder below it.")
    private Path dataDir;

    // No defaultValue: picocli would parse "devnet" as an argument, and refuse it as the name of a command.
    @Option(names = "--network", paramLabel = "NETWORK",
            description = "devnet (default: the local devnet of `swarmchat devnet`, seed https://127.0.0.1:"
                    + NetworkChoice.DEVNET_SEED_PORT + "), mainnet, testnet, or a seed URL such as"
                    + " https://127.0.0.1:22023.")
    private String network;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = Profiles.DEFAULT,
            description = "Which profile (one account each) to use (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password that locks the profile's database key (at"
                    + " creation) or unlocks it; default: the SWARMCHAT_PASSWORD environment variable, else none.")
    private Path passwordFile;

    @Option(names = "--verbose", description = "Also log Swarmchat's DEBUG lines, to stderr and to the log file"
            + " <data folder>/logs/swarmchat.log.")
    private boolean verbose;

    /** The profile name of {@code --profile}. */
    public String profileName() {
        try {
            return Profiles.checkName(profile);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--profile: " + e.getMessage(), e);
        }
    }

    /** The file of {@code --password-file}, if given. */
    public Optional<Path> passwordFile() {
        return Optional.ofNullable(passwordFile);
    }

    /** Whether {@code --verbose} was given. */
    boolean verbose() {
        return verbose;
    }

    /** The data folder of {@code --data-dir}, or the XDG default. */
    public DataDirectory dataDirectory() {
        return DataDirectory.ofUser(Optional.ofNullable(dataDir));
    }

    /** Whether {@code --data-dir} was given. */
    public Optional<Path> givenDataDir() {
        return Optional.ofNullable(dataDir);
    }

    /**
     * The network of {@code --network}.
     *
     * @throws UserInputException if it is neither a known name nor a seed URL
     */
    public NetworkChoice network() {
        try {
            return network == null ? NetworkChoice.devnet() : NetworkChoice.parse(network);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    @Override
    public Integer call() {
        Optional<DesktopApp> app = ServiceLoader.load(DesktopApp.class).findFirst();
        if (app.isEmpty()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        // Without --network, the desktop app joins the network saved in its settings.
        return app.get().run(new DesktopOptions(dataDirectory(), Optional.ofNullable(network).map(n -> network()),
                profileName(), ProfileAccess.password(this)));
    }

    /** Runs the command line and returns the process exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with the given streams and a factory of commands, for tests. */
    static int run(PrintWriter out, PrintWriter err, CommandLine.IFactory factory, String... args) {
        SwarmchatCommand root = new SwarmchatCommand();
        CommandLine cli = new CommandLine(root, factory);
        Subcommands.register(cli, args);
        // An option's value is never a command: `--network devnet devnet` names the devnet network, then the command.
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setExecutionStrategy(new LoggedExecution(root));
        return cli.execute(args);
    }
}
