package org.swarmchat.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swarmchat.devnet.DevnetBuilder;
import org.swarmchat.devnet.LocalDevnet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat devnet}: runs a local Session network in the foreground (the same {@link LocalDevnet} the app
 * embeds), prints where to reach it, and stops every node cleanly on Ctrl-C. {@code --data-dir} belongs to this
 * command, so it works whether or not the root command has a global one.
 */
@Command(name = "devnet", mixinStandardHelpOptions = true,
        description = {"Run a local Session network in the foreground until Ctrl-C.",
            "Prints the seed URL that clients bootstrap from, the Account ID of the echo contact (an account that "
                    + "answers every message) and the nodes grouped by swarm."},
        footer = {"", "Examples:",
            "  swarmchat devnet                      25 nodes, seed on port 22023, nothing kept",
            "  swarmchat devnet --data-dir ~/devnet  kept in ~/devnet, resumed next time",
            "  swarmchat devnet --port 0 --json      any free port, one JSON line"})
final class DevnetCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 22023;

    @Spec
    private CommandSpec spec;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "25",
            description = "Storage nodes of a new devnet, in swarms of 5-7 (default: ${DEFAULT-VALUE}). "
                    + "A devnet resumed from --data-dir keeps the nodes it had.")
    private int nodes;

    @Option(names = "--data-dir", paramLabel = "D",
            description = "Keep the devnet in D (node identities, messages, the echo contact's account and journal) "
                    + "and resume it from there. Default: a temporary directory, deleted on exit, and the echo "
                    + "contact's well-known account.")
    private Path dataDir;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + DEFAULT_PORT,
            description = "The seed's port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).")
    private int port;

    @Option(names = "--no-echo", description = "Run without the echo contact.")
    private boolean noEcho;

    @Option(names = "--json", description = "Print the seed URL, the echo contact and the nodes as one JSON line.")
    private boolean json;

    private final ForegroundLifetime lifetime;

    /** The command as the launcher runs it: until Ctrl-C. */
    DevnetCommand() {
        this(new UntilShutdown());
    }

    /** The command with another end of its life, for tests. */
    DevnetCommand(ForegroundLifetime lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (nodes < 1) {
            throw new UserInputException("--nodes must be at least 1, got " + nodes);
        }
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port must be 0-65535, got " + port);
        }
        LocalDevnet devnet = start();
        DevnetReport report = new DevnetReport(devnet.seedUrl(), devnet.echoAccountId(), devnet.dataDir(),
                dataDir == null, devnet.nodes());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            report.printJson(out);
        } else {
            report.printText(out);
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            lifetime.runUntilStopped(() -> {
                devnet.close();
                err.println(dataDir == null ? "swarmchat devnet: stopped" : "swarmchat devnet: stopped; saved in "
                        + dataDir);
                err.flush();
            });
        } catch (InterruptedException e) {
            devnet.close();
            throw e;
        }
        return ExitCodes.OK;
    }

    private LocalDevnet start() {
        DevnetBuilder builder = LocalDevnet.builder().nodes(nodes).seedPort(port).echoContact(!noEcho);
        if (dataDir != null) {
            builder.dataDir(dataDir);
        }
        try {
            return builder.start();
        } catch (BindException e) {
            throw new UserInputException("cannot start the devnet: a port is in use (" + e.getMessage()
                    + "); choose another seed port with --port, or 0 for any", e);
        } catch (IOException e) {
            throw new UserInputException("cannot start the devnet: " + e.getMessage(), e);
        }
    }
}
