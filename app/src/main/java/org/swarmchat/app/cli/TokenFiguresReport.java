package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import org.swarmchat.app.core.TokenFigures;
import org.swarmchat.swarm.netinfo.NetworkInfo;

/**
 * The token figures part of {@code swarmchat network}: a block after the table, worded as the network page words
 * them ({@link TokenFigures}), and two members of the JSON object.
 */
final class TokenFiguresReport {
    private TokenFiguresReport() {
    }

    /**
     * Adds {@code token_figures} ({@code time}, {@code devnet}, {@code note}, {@code price_usd}, {@code price_time},
     * {@code price_stale}, {@code market_cap_usd}, {@code staking_requirement_sesh}, {@code staking_reward_pool_sesh},
     * {@code contract_address}, {@code staked_sesh}, {@code staked_usd}, {@code network_size}) and
     * {@code token_figures_error} to {@code root}. One of the two is null: the figures when there are none, the error
     * when there are. Numbers are exact, as the source states them; times are ISO-8601 instants.
     */
    static void json(ObjectNode root, TokenFiguresResult result) {
        if (result.info().isEmpty()) {
            root.putNull("token_figures");
            root.put("token_figures_error", result.error().orElseThrow());
            return;
        }
        NetworkInfo info = result.info().get();
        ObjectNode figures = root.putObject("token_figures");
        figures.put("time", info.time().toString());
        figures.put("devnet", info.devnet());
        if (info.note().isPresent()) {
            figures.put("note", info.note().get());
        } else {
            figures.putNull("note");
        }
        figures.put("price_usd", plain(info.price().usd()));
        figures.put("price_time", info.price().priceTime().toString());
        figures.put("price_stale", info.price().isStaleAt(info.time()));
        figures.put("market_cap_usd", plain(info.price().usdMarketCap()));
        figures.put("staking_requirement_sesh", plain(info.token().stakingRequirement()));
        figures.put("staking_reward_pool_sesh", plain(info.token().stakingRewardPool()));
        figures.put("contract_address", info.token().contractAddress());
        figures.put("staked_sesh", plain(info.network().stakedTokens()));
        figures.put("staked_usd", plain(info.network().stakedUsd()));
        figures.put("network_size", info.network().size());
        root.putNull("token_figures_error");
    }

    /**
     * The block: a heading with the source's time, the source's note (a warning for a devnet's figures, which are
     * not real), then each figure under the page's label; or one line saying why there are none.
     */
    static String text(TokenFiguresResult result, ZoneId zone) {
        if (result.info().isEmpty()) {
            return TokenFigures.unavailable(result.error().orElseThrow()) + "\n";
        }
        TokenFigures figures = TokenFigures.of(result.info().get(), zone);
        StringBuilder out = new StringBuilder();
        out.append("Token figures ").append(figures.asOf()).append('\n');
        if (!figures.note().isEmpty()) {
            out.append("  ").append(figures.devnet() ? "WARNING: " : "").append(figures.note()).append('\n');
        }
        int width = figures.rows().stream().mapToInt(row -> row.label().length()).max().orElse(0);
        for (TokenFigures.Row row : figures.rows()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", row.label(), row.value()));
        }
        return out.toString();
    }

    /**
     * The parser keeps figures without trailing zeros, so 20000 is 2E+4; written as it is, that is valid JSON but
     * not what a script's reader or a person expects to see.
     */
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.toPlainString());
    }
}
