package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.swarmchat.app.core.MessengerService;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swarmchat retry MESSAGE_ID}: sends a failed message again, with the same bytes and hash. */
@Command(name = "retry", description = "Send a failed message again; returns when it is stored.")
final class RetryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print the message as one JSON object, as `history --json` does.")
    private boolean json;

    @Parameters(paramLabel = "MESSAGE_ID", description = "The failed message (the #ID of `history`).")
    private long messageId;

    @Override
    public Integer call() throws Exception {
        Message done;
        try (Profile profile = ProfileAccess.openExisting(root)) {
            MessengerService messenger = profile.connect(root.network(), MessengerSettings.defaults());
            try {
                messenger.retry(messageId);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            try {
                done = messenger.delivery(messageId).get(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw NetworkErrors.explain(e.getCause(), root.network());
            }
        }
        if (done.state() != DeliveryState.STORED) {
            throw new IllegalStateException("message " + messageId + " failed again: "
                    + done.failure().orElse("unknown failure"));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? MessageJson.message(done) : done.hash().orElse("?") + " stored on " + done.storedOn()
                + " swarm members");
        out.flush();
        return ExitCodes.OK;
    }
}
