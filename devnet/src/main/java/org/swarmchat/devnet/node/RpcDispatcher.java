package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@code /storage_rpc/v1} body into an answer, with the storage server's envelope errors (SPEC §3.2):
 * 400 {@code "invalid json"}, {@code "invalid json: no `method` field"}, {@code "invalid json: no `params` field"},
 * {@code "no method <name>"}, {@code "invalid request: <reason>"}, and 500 {@code "request failed"} for anything
 * unexpected. The legacy {@code "jsonrpc"} member is ignored. Thread-safe.
 */
final class RpcDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RpcDispatcher.class);

    private final RpcMethods methods = new RpcMethods();

    /** Answers a whole request body. */
    RpcResponse handle(byte[] body, CallContext ctx) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return RpcResponse.text(400, "invalid json");
        }
        if (root == null || root.isMissingNode()) {
            return RpcResponse.text(400, "invalid json");
        }
        JsonNode method = root.get("method");
        if (method == null || !method.isTextual()) {
            return RpcResponse.text(400, "invalid json: no `method` field");
        }
        JsonNode params = root.get("params");
        if (params == null || !params.isObject()) {
            return RpcResponse.text(400, "invalid json: no `params` field");
        }
        return dispatch(method.asText(), params, ctx);
    }

    /** Answers one method call. */
    RpcResponse dispatch(String method, JsonNode params, CallContext ctx) {
        if (!methods.has(method)) {
            return RpcResponse.text(400, "no method " + method);
        }
        RpcCall call;
        try {
            call = methods.parse(method, params);
        } catch (RpcParseException e) {
            return RpcResponse.text(400, "invalid request: " + e.getMessage());
        }
        return run(call, ctx);
    }

    /** Runs a parsed call, turning an unexpected failure into 500. */
    static RpcResponse run(RpcCall call, CallContext ctx) {
        try {
            return call.execute(ctx);
        } catch (RuntimeException e) {
            LOG.warn("storage request failed", e);
            return RpcResponse.text(500, "request failed");
        }
    }
}
