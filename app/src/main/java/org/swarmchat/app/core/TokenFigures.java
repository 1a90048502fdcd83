package org.swarmchat.app.core;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.swarmchat.swarm.netinfo.NetworkInfo;

/**
 * The token figures of SPEC §8 as people read them: each figure written by {@link TokenFormats}, the source's time,
 * and what the source says about them. The network page and {@code swarmchat network} both show these, under the
 * labels below, so that the two never word a figure differently. Immutable.
 *
 * @param price one SESH in USD, with " (stale)" once the source's price is stale
 * @param marketCap the market cap in whole dollars
 * @param stakingRequirement SESH needed to stake one node
 * @param stakingRewardPool SESH in the staking reward pool
 * @param stakedTokens SESH staked in the network
 * @param stakedUsd the staked SESH in whole dollars
 * @param networkSize the number of nodes in the network, as the source counts them
 * @param asOf the source's time, "as of 14:03:22 on 12 May 2026"
 * @param devnet whether the source says these are a devnet's figures, which are not real
 * @param note what the source says about its figures, capitalised; for a devnet a warning even if it says nothing;
 *     empty if there is nothing to say
 */
public record TokenFigures(String price, String marketCap, String stakingRequirement, String stakingRewardPool,
        String stakedTokens, String stakedUsd, String networkSize, String asOf, boolean devnet, String note) {
    public static final String PRICE = "SESH price";
    public static final String MARKET_CAP = "Market cap";
    public static final String STAKING_REQUIREMENT = "Staking requirement";
    public static final String STAKING_REWARD_POOL = "Staking reward pool";
    public static final String STAKED_TOKENS = "Tokens staked";
    public static final String STAKED_USD = "Value staked";
    public static final String NETWORK_SIZE = "Nodes in the network (per the source)";

    private static final String DEVNET_NOTE = "Devnet figures: a test network's, not real token values";

    /** A figure and its label. */
    public record Row(String label, String value) {
    }

    /** The figures {@code info} states, its time written in {@code zone}. */
    public static TokenFigures of(NetworkInfo info, ZoneId zone) {
        // Stale by the source's own time, not ours: a slow fetch must not make a fresh answer look stale.
        boolean stale = info.price().isStaleAt(info.time());
        return new TokenFigures(
                TokenFormats.usd(info.price().usd()) + (stale ? " (stale)" : ""),
                TokenFormats.usdWhole(info.price().usdMarketCap()),
                TokenFormats.sesh(info.token().stakingRequirement()),
                TokenFormats.sesh(info.token().stakingRewardPool()),
                TokenFormats.sesh(info.network().stakedTokens()),
                TokenFormats.usdWhole(info.network().stakedUsd()),
                TokenFormats.count(info.network().size()),
                TokenFormats.asOf(info.time(), zone),
                info.devnet(),
                note(info));
    }

    /** What is shown instead of the figures: "Token figures unavailable: " and {@code reason}. */
    public static String unavailable(String reason) {
        return "Token figures unavailable: " + reason;
    }

    /** Why a fetch failed, as the source client said it, without the wrapping of futures. */
    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** The figures in the order the page shows them, each under its label. */
    public List<Row> rows() {
        return List.of(new Row(PRICE, price), new Row(MARKET_CAP, marketCap),
                new Row(STAKING_REQUIREMENT, stakingRequirement), new Row(STAKING_REWARD_POOL, stakingRewardPool),
                new Row(STAKED_TOKENS, stakedTokens), new Row(STAKED_USD, stakedUsd),
                new Row(NETWORK_SIZE, networkSize));
    }

    private static String note(NetworkInfo info) {
        String said = info.note().map(String::strip).orElse("");
        if (said.isEmpty()) {
            return info.devnet() ? DEVNET_NOTE : "";
        }
        return said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
    }
}
