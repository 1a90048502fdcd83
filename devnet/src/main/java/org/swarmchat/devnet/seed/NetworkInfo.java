package org.swarmchat.devnet.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.function.Supplier;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.http.HttpRequest;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * {@code GET /info} in the shape of the Session network API's network-info answer (SPEC §8), with figures that
 * say they are devnet figures: {@code "devnet": true}, a note, zero prices and stakes, and the devnet's own node
 * count as {@code network_size}. Thread-safe.
 */
public final class NetworkInfo {
    /** Said in every answer, so no screen mistakes these figures for mainnet's. */
    public static final String NOTE = "devnet figures: a local test network with no token, no prices and no stakes";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long STALE_AFTER_SECONDS = 300;

    private final Supplier<NetworkView> view;
    private final Clock clock;

    /** Network info over the registry's current view, timed by {@code clock}. */
    public NetworkInfo(Supplier<NetworkView> view, Clock clock) {
        this.view = view;
        this.clock = clock;
    }

    /** The answer body. */
    public ObjectNode body() {
        NetworkView v = view.get();
        long seconds = clock.millis() / 1000;
        long active = v.nodes().stream()
                .filter(n -> v.swarmIdOf(n.ed25519()) != SwarmSpace.INVALID_SWARM_ID).count();
        ObjectNode out = JSON.createObjectNode();
        out.put("t", seconds);
        out.put("devnet", true);
        out.put("note", NOTE);
        ObjectNode price = out.putObject("price");
        price.put("usd", 0);
        price.put("usd_market_cap", 0);
        price.put("t_price", seconds);
        price.put("t_stale", seconds + STALE_AFTER_SECONDS);
        ObjectNode token = out.putObject("token");
        token.put("staking_requirement", 0);
        token.put("staking_reward_pool", 0);
        token.put("contract_address", "0x0000000000000000000000000000000000000000");
        ObjectNode network = out.putObject("network");
        network.put("network_size", active);
        network.put("network_staked_tokens", 0);
        network.put("network_staked_usd", 0);
        network.put("swarm_count", v.swarmCount());
        network.put("height", v.height());
        return out;
    }

    /** Answers {@code GET /info}. */
    public HttpReply handle(HttpRequest request) {
        try {
            return HttpReply.json(200, JSON.writeValueAsBytes(body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
