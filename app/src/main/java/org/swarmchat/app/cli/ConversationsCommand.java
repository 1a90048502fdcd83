package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swarmchat conversations}: the accepted conversations, newest activity first. */
@Command(name = "conversations", description = "List your conversations, newest first (message requests: see"
        + " `swarmchat requests`).")
final class ConversationsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "One JSON object per line: peer, display_name, request, unread,"
            + " last_activity, last_text.")
    private boolean json;

    @Override
    public Integer call() {
        List<Conversation> conversations;
        try (Profile profile = ProfileAccess.openExisting(root)) {
            conversations = profile.conversations().list();
        }
        print(spec.commandLine().getOut(), conversations, json, "no conversations yet");
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<Conversation> conversations, boolean json, String none) {
        if (json) {
            conversations.forEach(c -> out.println(MessageJson.conversation(c)));
        } else if (conversations.isEmpty()) {
            out.println(none);
        } else {
            conversations.forEach(c -> out.println(MessageJson.line(c)));
        }
        out.flush();
    }
}
