package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swarmchat search TEXT}: messages holding words that start with every word of TEXT, newest first. */
@Command(name = "search", description = "Find messages by words (prefixes match), newest first.")
final class SearchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "One JSON object per line, as `history --json` prints.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "How many results (default: ${DEFAULT-VALUE}, at most 500).")
    private int limit;

    @Parameters(paramLabel = "TEXT", description = "The words to look for.")
    private String query;

    @Override
    public Integer call() {
        List<Message> found;
        try (Profile profile = ProfileAccess.openExisting(root)) {
            try {
                found = profile.conversations().search(query, limit);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Message m : found) {
            out.println(json ? MessageJson.message(m) : MessageJson.line(m, Optional.empty()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
