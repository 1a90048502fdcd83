package org.swarmchat.app.ui.network;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;
import org.swarmchat.swarm.NetworkStatus;
import org.swarmchat.swarm.SwarmClient;

/**
 * The network page: the nodes of the own swarm (probed: reachable, latency), the pool size, the onion paths as
 * they change, how many nodes secure the user's messages (SPEC §8's formula), and the token figures of the network
 * info source ({@link TokenFiguresController}, a child that fails on its own).
 */
public final class NetworkController implements Controller {
    private static final int NODES_PER_CONVERSATION = 6;
    private static final int HOPS_PER_PATH = 3;

    private final AppContext context;
    private final NetworkModel model = new NetworkModel();
    private final TokenFiguresController tokens;
    private final NetworkView view;
    private final Pins pins = new Pins();

    /** The network page of {@code context}'s messenger. */
    public NetworkController(AppContext context) {
        this.context = context;
        this.tokens = new TokenFiguresController(context.networkInfo(), ZoneId.systemDefault());
        this.view = new NetworkView(model, this, tokens.root());
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        pins.add(FxBindings.bind(client().pathStatus(), status -> {
            model.pathState.set(status.state());
            model.paths.setAll(status.paths());
            model.pathDetail.set(status.detail());
        }));
        tokens.onActivate();
        refreshStatus();
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
        tokens.onDeactivate();
    }

    void onRefresh() {
        tokens.onRefresh();
        refreshStatus();
    }

    private void refreshStatus() {
        if (model.refreshing.get()) {
            return;
        }
        model.refreshing.set(true);
        model.error.set("");
        var own = context.messenger().identity().accountId();
        record Figures(NetworkStatus status, int conversations) {
        }
        CompletableFuture<Integer> approved = CompletableFuture.supplyAsync(
                () -> context.profile().conversations().list().size(), context.io());
        FxBindings.onFx(client().networkStatus(own).thenCombine(approved, Figures::new), (figures, error) -> {
            model.refreshing.set(false);
            if (error != null) {
                model.error.set("Could not reach the network: " + Optional.ofNullable(error.getMessage())
                        .orElse(error.toString()));
                return;
            }
            show(figures.status(), figures.conversations());
        });
    }

    private void show(NetworkStatus status, int conversations) {
        model.poolSize.set(Integer.toString(status.poolSize()));
        model.swarmSize.set(Integer.toString(status.ownSwarm().size()));
        model.swarmId.set(status.ownSwarmId());
        model.reachable.set(status.reachableMembers() + " of " + status.ownSwarm().size() + " reachable");
        model.members.setAll(status.ownSwarm());
        long securing = Math.min(status.poolSize(), status.ownSwarm().size()
                + (long) status.paths().paths().size() * HOPS_PER_PATH + (long) NODES_PER_CONVERSATION * conversations);
        model.securing.set(Long.toString(securing));
        model.clockOffset.set(status.clockOffset().toMillis() + " ms");
    }

    private SwarmClient client() {
        return context.messenger().swarmClient();
    }
}
