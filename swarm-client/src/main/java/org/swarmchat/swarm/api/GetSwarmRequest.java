package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.swarmchat.crypto.HexCodec;

/**
 * {@code get_swarm} (SPEC §2.3): the swarm a pubkey maps to. Any node answers it, so it names no target swarm.
 * Params {@code {"pubkey":"<66 hex>"}}.
 *
 * @param pubkey the 66-hex storage pubkey (an Account ID or a group key)
 */
public record GetSwarmRequest(String pubkey) implements SnodeRequest<Swarm> {
    /**
     * Checks the pubkey.
     *
     * @throws IllegalArgumentException if it is not 66 hex characters
     */
    public GetSwarmRequest {
        HexCodec.decode(pubkey, 33, "storage pubkey");
    }

    @Override
    public String method() {
        return "get_swarm";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        params.put("pubkey", pubkey);
        return params;
    }

    @Override
    public Swarm parse(JsonNode body) throws MalformedResponseException {
        return Swarm.parse(body);
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.empty();
    }
}
