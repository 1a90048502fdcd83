package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.swarmchat.app.core.BlockedContactException;
import org.swarmchat.app.core.MessengerService;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Message;
import org.swarmchat.crypto.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat send ACCOUNT_ID TEXT}: commits the message to the outbox, stores it in the recipient's swarm
 * through an onion path, and returns once it is stored, with its hash and how many swarm members hold it. Sends
 * left unfinished by an earlier run (a crash, a kill) go out too.
 */
@Command(name = "send", description = "Send a message; returns when the recipient's swarm stores it, with its hash"
        + " and how many members hold it.")
final class SendCommand implements Callable<Integer> {
    /** The outbox gives up after its own rounds long before this; it only bounds a hung network. */
    private static final Duration WAIT = Duration.ofMinutes(5);

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print one JSON object: id, recipient, hash, state, stored_on, sent_at.")
    private boolean json;

    @Parameters(index = "0", paramLabel = "ACCOUNT_ID", description = "The recipient (05 + 64 hex).")
    private String recipient;

    @Parameters(index = "1", paramLabel = "TEXT", description = "The message.")
    private String text;

    @Override
    public Integer call() throws Exception {
        AccountId to = AccountIds.parse("recipient", recipient);
        try (Profile profile = ProfileAccess.openExisting(root)) {
            MessengerService messenger = profile.connect(root.network(), MessengerSettings.defaults());
            messenger.resumeOutbox();
            Message pending;
            try {
                pending = messenger.send(to, text);
            } catch (IllegalArgumentException | BlockedContactException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            Message done = await(messenger, pending);
            // Also finish what an earlier run left, so that a send after a crash flushes the outbox.
            messenger.awaitOutbox(Duration.ofSeconds(60));
            if (done.state() != DeliveryState.STORED) {
                throw new IllegalStateException("message " + done.id() + " was not stored: "
                        + done.failure().orElse("unknown failure") + "; it is kept: `swarmchat retry " + done.id()
                        + "` sends it again");
            }
            print(done);
        }
        return ExitCodes.OK;
    }

    private Message await(MessengerService messenger, Message pending) throws Exception {
        try {
            return messenger.delivery(pending.id()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("message " + pending.id() + " is still being sent after "
                    + WAIT.toMinutes() + " min; it stays in the outbox and the next send or receive resumes it", e);
        } catch (ExecutionException e) {
            throw NetworkErrors.explain(e.getCause(), root.network());
        }
    }

    private void print(Message m) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = MessageJson.JSON.createObjectNode();
            node.put("id", m.id());
            node.put("recipient", m.peer().hex());
            node.put("hash", m.hash().orElse(null));
            node.put("state", MessageJson.state(m));
            node.put("stored_on", m.storedOn());
            node.put("sent_at", m.sentAtMillis());
            out.println(node);
        } else {
            out.println(m.hash().orElse("?") + " stored on " + m.storedOn() + " swarm member"
                    + (m.storedOn() == 1 ? "" : "s"));
        }
        out.flush();
    }
}
