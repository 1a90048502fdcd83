package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A request an entry node forwards to its swarm peers: the method and its unchanged parameters, and, where the call
 * holds no state of its own, the entry's parse of them. A peer given the parse skips decoding the data and hashing
 * it again: the same code on the same parameters could only come to the same call, and on a devnet whose nodes share
 * one JVM the second decode and hash of every replica was about 5 % of a store's CPU. Immutable.
 */
public final class ForwardedRequest {
    private final String method;
    private final JsonNode params;
    private final RpcCall parsed;

    ForwardedRequest(String method, JsonNode params, RpcCall parsed) {
        this.method = method;
        this.params = params;
        this.parsed = parsed;
    }

    /** The RPC method, e.g. {@code store}. */
    public String method() {
        return method;
    }

    /** The parameters, as the client sent them. */
    public JsonNode params() {
        return params;
    }

    /** The entry's parse, if a peer may run it as it is. */
    Optional<RpcCall> parsed() {
        return Optional.ofNullable(parsed);
    }
}
