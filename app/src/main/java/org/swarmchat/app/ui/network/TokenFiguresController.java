package org.swarmchat.app.ui.network;

import java.time.ZoneId;
import javafx.scene.Parent;
import org.swarmchat.app.core.TokenFigures;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.swarm.netinfo.NetworkInfoClient;

/**
 * The network page's token figures (SPEC §8): price, market cap, staking requirement and reward pool, tokens and
 * dollars staked, and network size, as the network info source states them and as of its time, labelled as devnet
 * figures when the source says so. A child of {@link NetworkController}, which refreshes it with the rest of the
 * page; a failed fetch hides the figures and says why, and leaves the rest of the page alone.
 */
final class TokenFiguresController implements Controller {
    private final NetworkInfoClient source;
    private final ZoneId zone;
    private final TokenFiguresModel model = new TokenFiguresModel();
    private final TokenFiguresView view;

    /** Figures from {@code source}, their time shown in {@code zone}. */
    TokenFiguresController(NetworkInfoClient source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
        this.view = new TokenFiguresView(model);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        onRefresh();
    }

    @Override
    public void onDeactivate() {
        // Nothing is subscribed; a fetch still under way only fills the model.
    }

    /** Fetches the figures again (on the source's own thread) unless a fetch is under way. */
    void onRefresh() {
        if (model.loading.get()) {
            return;
        }
        model.loading.set(true);
        FxBindings.onFx(source.fetch(), (info, error) -> {
            model.loading.set(false);
            if (error != null) {
                model.shown.set(false);
                model.error.set(TokenFigures.unavailable(TokenFigures.reason(error)));
                return;
            }
            show(TokenFigures.of(info, zone));
        });
    }

    private void show(TokenFigures figures) {
        model.price.set(figures.price());
        model.marketCap.set(figures.marketCap());
        model.stakingRequirement.set(figures.stakingRequirement());
        model.stakingRewardPool.set(figures.stakingRewardPool());
        model.stakedTokens.set(figures.stakedTokens());
        model.stakedUsd.set(figures.stakedUsd());
        model.networkSize.set(figures.networkSize());
        model.asOf.set(figures.asOf());
        model.devnet.set(figures.devnet());
        model.sourceNote.set(figures.note());
        model.error.set("");
        model.shown.set(true);
    }
}
