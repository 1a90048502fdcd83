package org.swarmchat.app.cli;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.swarmchat.app.core.Conversations;
import org.swarmchat.app.core.Profile;
import org.swarmchat.crypto.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat requests}: message requests, the first messages of accounts that are not contacts yet; and
 * {@code requests accept|delete|block ACCOUNT_ID}.
 */
@Command(name = "requests", description = "List message requests; accept, delete or block one.",
        subcommands = {RequestsCommand.Accept.class, RequestsCommand.Delete.class, RequestsCommand.Block.class})
final class RequestsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "One JSON object per line, as `conversations --json` prints.")
    private boolean json;

    @Override
    public Integer call() {
        try (Profile profile = ProfileAccess.openExisting(root)) {
            ConversationsCommand.print(spec.commandLine().getOut(), profile.conversations().requests(), json,
                    "no message requests");
        }
        return ExitCodes.OK;
    }

    /** Runs {@code action} on the conversations of the profile, turning a refusal into one line. */
    static int apply(SwarmchatCommand root, String peer, BiConsumer<Conversations, AccountId> action) {
        AccountId id = AccountIds.parse("ACCOUNT_ID", peer);
        try (Profile profile = ProfileAccess.openExisting(root)) {
            action.accept(profile.conversations(), id);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    /** {@code requests accept ACCOUNT_ID}. */
    @Command(name = "accept", description = "Accept a message request: it becomes a conversation.")
    static final class Accept implements Callable<Integer> {
        @ParentCommand
        private RequestsCommand requests;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Parameters(paramLabel = "ACCOUNT_ID", description = "Whose request.")
        private String peer;

        @Override
        public Integer call() {
            return apply(requests.root, peer, Conversations::accept);
        }
    }

    /** {@code requests delete ACCOUNT_ID}. */
    @Command(name = "delete", description = "Delete a message request and its messages (a later message opens a new"
            + " one).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        private RequestsCommand requests;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Parameters(paramLabel = "ACCOUNT_ID", description = "Whose request.")
        private String peer;

        @Override
        public Integer call() {
            return apply(requests.root, peer, (conversations, id) -> {
                if (conversations.find(id).filter(c -> c.request()).isEmpty()) {
                    throw new IllegalArgumentException("there is no message request from " + id.hex());
                }
                conversations.delete(id);
            });
        }
    }

    /** {@code requests block ACCOUNT_ID}. */
    @Command(name = "block", description = "Block the sender of a request: its messages are dropped from now on.")
    static final class Block implements Callable<Integer> {
        @ParentCommand
        private RequestsCommand requests;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Parameters(paramLabel = "ACCOUNT_ID", description = "Whom to block.")
        private String peer;

        @Override
        public Integer call() {
            return apply(requests.root, peer, Conversations::block);
        }
    }
}
