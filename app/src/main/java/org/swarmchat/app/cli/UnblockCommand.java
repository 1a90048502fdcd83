package org.swarmchat.app.cli;

import java.util.concurrent.Callable;
import org.swarmchat.app.core.Conversations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code swarmchat unblock ACCOUNT_ID}: the account becomes a contact again. */
@Command(name = "unblock", description = "Unblock an account.")
final class UnblockCommand implements Callable<Integer> {
    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "ACCOUNT_ID", description = "Whom to unblock (05 + 64 hex).")
    private String peer;

    @Override
    public Integer call() {
        return RequestsCommand.apply(root, peer, Conversations::unblock);
    }
}
