package org.swarmchat.app.cli;

import java.util.concurrent.Callable;
import org.swarmchat.app.core.Conversations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code swarmchat block ACCOUNT_ID}: drops everything the account sends from now on, and its conversation. */
@Command(name = "block", description = "Block an account: its conversation goes and its messages are dropped.")
final class BlockCommand implements Callable<Integer> {
    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "ACCOUNT_ID", description = "Whom to block (05 + 64 hex).")
    private String peer;

    @Override
    public Integer call() {
        return RequestsCommand.apply(root, peer, Conversations::block);
    }
}
