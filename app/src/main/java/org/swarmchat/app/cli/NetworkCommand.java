package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.SwarmClients;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.InvalidAccountIdException;
import org.swarmchat.swarm.NetworkStatus;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.SnodePoolUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat network}: the network as this client sees it — the node pool, an account's swarm with each
 * member probed through the onion, and the onion paths with their hops — and the network's token figures (SPEC §8)
 * as the network page shows them. The figures never fail the command: without them it says why.
 */
@Command(name = "network",
        description = "Show the node pool, your swarm's members (reachable, latency), the onion paths and the"
                + " network's token figures.")
final class NetworkCommand implements Callable<Integer> {
    /** Long enough to seed, build two paths and probe a swarm on a slow network; the client has its own deadlines. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SwarmchatCommand root;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    private boolean json;

    @Option(names = "--account", paramLabel = "ACCOUNT_ID",
            description = "Whose swarm to show (05 + 64 hex); default: the account of the profile.")
    private String account;

    @Override
    public Integer call() throws Exception {
        NetworkChoice network = root.network();
        AccountId own = ownAccount();
        // Started first so that it runs while the status is fetched, which takes seconds.
        TokenFiguresFetch tokens = TokenFiguresFetch.start(SwarmClients.networkInfo(network));
        NetworkStatus status;
        try (SwarmClient client = SwarmClients.inMemory(network)) {
            status = await(client.networkStatus(own), network);
        } catch (Exception e) {
            tokens.cancel();
            throw e;
        }
        TokenFiguresResult figures = tokens.result();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(NetworkReport.json(network, own, status, figures));
        } else {
            out.print(NetworkReport.text(network, own, status, figures, ZoneId.systemDefault()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private AccountId ownAccount() {
        if (account == null) {
            if (!Profile.exists(ProfileAccess.folder(root))) {
                throw new UserInputException("no account to show the swarm of: create one with `swarmchat account"
                        + " create --name NAME`, or give --account ACCOUNT_ID");
            }
            try (Profile profile = ProfileAccess.openExisting(root)) {
                return profile.identity().accountId();
            }
        }
        try {
            return AccountId.parse(account);
        } catch (InvalidAccountIdException e) {
            throw new UserInputException("--account: " + e.getMessage(), e);
        }
    }

    private static NetworkStatus await(CompletableFuture<NetworkStatus> pending, NetworkChoice network)
            throws Exception {
        try {
            return pending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new IllegalStateException("the network did not answer within " + WAIT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SnodePoolUnavailableException && network.embeddedDevnet()) {
                throw new IllegalStateException("no devnet answers at " + network.seeds().getFirst()
                        + ": start one with `swarmchat devnet`, or choose another with --network", cause);
            }
            throw cause instanceof Exception ex ? ex : e;
        }
    }
}
