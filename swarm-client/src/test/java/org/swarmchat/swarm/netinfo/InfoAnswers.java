package org.swarmchat.swarm.netinfo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.swarmchat.swarm.api.SnodeJson;

/** Network info answers for the parser tests, in the shape the Session network API sends (SPEC §8). */
final class InfoAnswers {
    /** Every required member, as "object.member" or "member" for the top level. */
    static final List<String> REQUIRED = List.of("t", "price", "token", "network", "price.usd", "price.usd_market_cap",
            "price.t_price", "price.t_stale", "token.staking_requirement", "token.staking_reward_pool",
            "token.contract_address", "network.network_size", "network.network_staked_tokens",
            "network.network_staked_usd");

    private InfoAnswers() {
    }

    /** A mainnet-like answer, without the devnet marker. */
    static ObjectNode mainnetLike() {
        ObjectNode out = SnodeJson.object();
        out.put("t", 1_745_000_000);
        ObjectNode price = out.putObject("price");
        price.put("usd", 0.052_413_987);
        price.put("usd_market_cap", 12_345_678.9);
        price.put("t_price", 1_744_999_940);
        price.put("t_stale", 1_745_000_240);
        ObjectNode token = out.putObject("token");
        token.put("staking_requirement", 25_000);
        // More digits than a double holds: the parser must keep them all.
        token.put("staking_reward_pool", new BigDecimal("40000000.123456789"));
        token.put("contract_address", "0x10Ea9E5303670331Bdddfa66A4cEA47dae4fcF3b");
        ObjectNode network = out.putObject("network");
        network.put("network_size", 1_893);
        network.put("network_staked_tokens", 47_325_000);
        network.put("network_staked_usd", 2_480_487.5);
        return out;
    }

    /** {@code answer} without {@code path} (one of {@link #REQUIRED}). */
    static ObjectNode without(ObjectNode answer, String path) {
        ObjectNode copy = answer.deepCopy();
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.remove(path);
        } else {
            ((ObjectNode) copy.get(path.substring(0, dot))).remove(path.substring(dot + 1));
        }
        return copy;
    }
}
