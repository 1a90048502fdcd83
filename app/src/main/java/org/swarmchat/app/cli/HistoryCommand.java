package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.PageCursor;
import org.swarmchat.crypto.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat history ACCOUNT_ID}: the newest messages of a conversation, oldest first so that they read
 * top to bottom; {@code --before ID} pages further back.
 */
@Command(name = "history", description = "Show a conversation's newest messages (older pages with --before).")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "One JSON object per line: id, peer, direction, sender, sent_at, text,"
            + " hash, state, stored_on, failure.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "How many messages (default: ${DEFAULT-VALUE}, at most 500).")
    private int limit;

    @Option(names = "--before", paramLabel = "MESSAGE_ID",
            description = "Only messages older than this one (the id printed as #ID).")
    private Long before;

    @Option(names = "--mark-read", description = "Mark the conversation read.")
    private boolean markRead;

    @Parameters(paramLabel = "ACCOUNT_ID", description = "Whose conversation (05 + 64 hex).")
    private String peer;

    @Override
    public Integer call() {
        AccountId id = AccountIds.parse("ACCOUNT_ID", peer);
        List<Message> page;
        Optional<String> name;
        try (Profile profile = ProfileAccess.openExisting(root)) {
            Optional<PageCursor> cursor = Optional.empty();
            if (before != null) {
                Message anchor = profile.store().read(tables -> tables.messages().get(before))
                        .filter(m -> m.peer().equals(id))
                        .orElseThrow(() -> new UserInputException("--before: there is no message " + before
                                + " in the conversation with " + id.hex()));
                cursor = Optional.of(PageCursor.of(anchor));
            }
            try {
                page = profile.conversations().history(id, cursor, limit);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--limit: " + e.getMessage(), e);
            }
            name = profile.conversations().find(id).flatMap(Conversation::displayName);
            if (markRead && !page.isEmpty()) {
                profile.conversations().markRead(id);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Message m : page.reversed()) {
            out.println(json ? MessageJson.message(m) : MessageJson.line(m, name));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
