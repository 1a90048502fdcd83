package org.swarmchat.app.ui.network;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.swarm.netinfo.NetworkInfo;
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
                model.error.set("Token figures unavailable: " + Optional.ofNullable(error.getMessage())
                        .orElse(error.toString()));
                return;
            }
            show(info);
        });
    }

    private void show(NetworkInfo info) {
        boolean stale = info.price().isStaleAt(info.time());
        model.price.set(TokenFormats.usd(info.price().usd()) + (stale ? " (stale)" : ""));
        model.marketCap.set(TokenFormats.usdWhole(info.price().usdMarketCap()));
        model.stakingRequirement.set(TokenFormats.sesh(info.token().stakingRequirement()));
        model.stakingRewardPool.set(TokenFormats.sesh(info.token().stakingRewardPool()));
        model.stakedTokens.set(TokenFormats.sesh(info.network().stakedTokens()));
        model.stakedUsd.set(TokenFormats.usdWhole(info.network().stakedUsd()));
        model.networkSize.set(TokenFormats.count(info.network().size()));
        model.asOf.set(TokenFormats.asOf(info.time(), zone));
        model.devnet.set(info.devnet());
        model.sourceNote.set(note(info));
        model.error.set("");
        model.shown.set(true);
    }

    private static String note(NetworkInfo info) {
        String said = info.note().map(String::strip).orElse("");
        if (said.isEmpty()) {
            return info.devnet() ? "Devnet figures: a test network's, not real token values" : "";
        }
        return said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
    }
}
