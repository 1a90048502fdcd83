package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swarmchat.app.core.MessengerService;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat outbox}: the messages not yet stored in their recipient's swarm (pending, sending, failed);
 * {@code --resume} sends the unfinished ones and waits for them.
 */
@Command(name = "outbox", description = "List messages not yet stored (pending, sending, failed); --resume sends"
        + " the unfinished ones.")
final class OutboxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "One JSON object per line, as `history --json` prints.")
    private boolean json;

    @Option(names = "--resume", description = "Send what an interrupted run left pending or sending, and wait.")
    private boolean resume;

    @Override
    public Integer call() throws Exception {
        List<Message> left;
        try (Profile profile = ProfileAccess.openExisting(root)) {
            if (resume) {
                MessengerService messenger = profile.connect(root.network(), MessengerSettings.defaults());
                messenger.resumeOutbox();
                if (!messenger.awaitOutbox(Duration.ofMinutes(5))) {
                    throw new IllegalStateException("the outbox is still sending after 5 min; run again to go on");
                }
            }
            left = unfinished(profile.store());
        }
        PrintWriter out = spec.commandLine().getOut();
        left.forEach(m -> out.println(json ? MessageJson.message(m) : MessageJson.line(m, Optional.empty())));
        out.flush();
        return left.stream().anyMatch(m -> m.state() != DeliveryState.FAILED) && resume ? ExitCodes.FAILURE
                : ExitCodes.OK;
    }

    private static List<Message> unfinished(Store store) {
        return store.read(tables -> tables.outbox().unfinished().stream()
                .flatMap(entry -> tables.messages().get(entry.messageId()).stream())
                .toList());
    }
}
