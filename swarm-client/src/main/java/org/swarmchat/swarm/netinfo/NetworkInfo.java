package org.swarmchat.swarm.netinfo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The network info answer of SPEC §8 ({@code GET /info}), every field present and checked: token values are in
 * SESH (not atomic units) and money in USD, both as the source states them (nine decimal places at most);
 * times are what the source says, not when we fetched. Immutable.
 *
 * @param time when the source made the answer ({@code t})
 * @param price the token's price ({@code price})
 * @param token the token's staking figures ({@code token})
 * @param network the network's size and stake ({@code network})
 * @param devnet whether the source says these are a devnet's figures ({@code "devnet": true}), not real ones
 * @param note what the source says about its figures, if anything ({@code note})
 */
public record NetworkInfo(Instant time, Price price, Token token, Network network, boolean devnet,
        Optional<String> note) {
    /** Checks that nothing is missing. */
    public NetworkInfo {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(note, "note");
    }

    /**
     * The token's price.
     *
     * @param usd one SESH in USD ({@code usd})
     * @param usdMarketCap the market cap in USD ({@code usd_market_cap})
     * @param priceTime when the price was accurate ({@code t_price})
     * @param staleAt from when the price is stale ({@code t_stale})
     */
    public record Price(BigDecimal usd, BigDecimal usdMarketCap, Instant priceTime, Instant staleAt) {
        /** Checks that nothing is missing. */
        public Price {
            Objects.requireNonNull(usd, "usd");
            Objects.requireNonNull(usdMarketCap, "usdMarketCap");
            Objects.requireNonNull(priceTime, "priceTime");
            Objects.requireNonNull(staleAt, "staleAt");
        }

        /** Whether the price is stale at {@code now}. */
        public boolean isStaleAt(Instant now) {
            return !now.isBefore(staleAt);
        }
    }

    /**
     * The token's staking figures.
     *
     * @param stakingRequirement SESH needed to stake one node ({@code staking_requirement})
     * @param stakingRewardPool SESH in the staking reward pool ({@code staking_reward_pool})
     * @param contractAddress the token contract, {@code 0x} and 40 hex digits ({@code contract_address})
     */
    public record Token(BigDecimal stakingRequirement, BigDecimal stakingRewardPool, String contractAddress) {
        /** Checks that nothing is missing. */
        public Token {
            Objects.requireNonNull(stakingRequirement, "stakingRequirement");
            Objects.requireNonNull(stakingRewardPool, "stakingRewardPool");
            Objects.requireNonNull(contractAddress, "contractAddress");
        }
    }

    /**
     * The network's size and stake.
     *
     * @param size the number of nodes in the network ({@code network_size})
     * @param stakedTokens SESH staked in the network ({@code network_staked_tokens})
     * @param stakedUsd the staked SESH in USD ({@code network_staked_usd})
     */
    public record Network(long size, BigDecimal stakedTokens, BigDecimal stakedUsd) {
        /** Checks that nothing is missing. */
        public Network {
            Objects.requireNonNull(stakedTokens, "stakedTokens");
            Objects.requireNonNull(stakedUsd, "stakedUsd");
        }
    }
}
