package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmchat.app.core.MessengerService;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.ReceivedMessage;
import org.swarmchat.app.core.SendSettings;
import org.swarmchat.swarm.api.SwarmException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat receive [--watch]}: polls the own swarm, stores what is new, and prints one JSON line per new
 * message (sender, sent_at, text, display_name, hash). Without {@code --watch} one round; with it, until
 * interrupted. A message is printed only after it is stored, and never twice.
 */
@Command(name = "receive", description = "Fetch new messages from your swarm; one JSON line per message (sender,"
        + " sent_at, text, display_name, hash).")
final class ReceiveCommand implements Callable<Integer> {
    private final ForegroundLifetime lifetime;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--watch", description = "Keep polling and printing until interrupted (Ctrl-C).")
    private boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between polls with --watch (default: ${DEFAULT-VALUE}, as Session desktop).")
    private double intervalSeconds;

    ReceiveCommand() {
        this(new UntilShutdown());
    }

    /** With what ends {@code --watch}: Ctrl-C in real use, the test in tests. */
    ReceiveCommand(ForegroundLifetime lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    public Integer call() throws Exception {
        if (!(intervalSeconds >= 0.1 && intervalSeconds <= 3600)) {
            throw new UserInputException("--interval must be 0.1 to 3600 seconds, not " + intervalSeconds);
        }
        Duration interval = Duration.ofMillis(Math.round(intervalSeconds * 1000));
        PrintWriter out = spec.commandLine().getOut();
        try (Profile profile = ProfileAccess.openExisting(root)) {
            MessengerService messenger = profile.connect(root.network(),
                    new MessengerSettings(SendSettings.defaults(), interval));
            if (!watch) {
                print(out, receiveOnce(messenger));
                return ExitCodes.OK;
            }
            messenger.resumeOutbox();
            try (AutoCloseable listening = messenger.onReceived(batch -> print(out, batch))) {
                messenger.startPolling();
                lifetime.runUntilStopped(profile::close);
            }
        }
        return ExitCodes.OK;
    }

    private List<ReceivedMessage> receiveOnce(MessengerService messenger) {
        try {
            return messenger.receiveOnce();
        } catch (SwarmException e) {
            throw NetworkErrors.explain(e, root.network());
        }
    }

    private static void print(PrintWriter out, List<ReceivedMessage> messages) {
        synchronized (out) {
            messages.forEach(m -> out.println(MessageJson.received(m)));
            out.flush();
        }
    }
}
