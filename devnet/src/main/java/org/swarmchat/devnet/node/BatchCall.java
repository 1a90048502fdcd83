package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code batch} and {@code sequence} (SPEC §3.4.10): 1 to 20 subrequests, parsed up front (one bad subrequest makes
 * the whole request a 400), then run in parallel ({@code batch}) or in order until the first failure
 * ({@code sequence}). Always 200, with each subrequest's {@code code} and {@code body}.
 */
final class BatchCall implements RpcCall {
    /** The most subrequests a batch may hold. */
    static final int BATCH_REQUEST_MAX = 20;

    private final List<RpcCall> calls;
    private final boolean sequence;

    private BatchCall(List<RpcCall> calls, boolean sequence) {
        this.calls = calls;
        this.sequence = sequence;
    }

    static BatchCall parse(JsonNode json, RpcMethods methods, boolean sequence) {
        JsonNode requests = json.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw new RpcParseException("Invalid batch request: no valid \"requests\" field");
        }
        if (requests.size() > BATCH_REQUEST_MAX) {
            throw new RpcParseException("Invalid batch request: subrequest limit exceeded");
        }
        List<RpcCall> calls = new ArrayList<>();
        for (JsonNode request : requests) {
            if (!request.isObject()) {
                throw new RpcParseException("Invalid batch request: requests must be objects");
            }
            JsonNode method = request.get("method");
            JsonNode params = request.get("params");
            if (method == null || params == null || !method.isTextual() || !params.isObject()) {
                throw new RpcParseException("Invalid batch request: subrequests must have method/params keys");
            }
            String name = method.asText();
            if (!methods.has(name)) {
                throw new RpcParseException("Invalid batch subrequest: invalid method \"" + name + "\"");
            }
            RpcCall call = methods.parse(name, params);
            if (RpcMethods.META.contains(name)) {
                throw new RpcParseException("Invalid batch subrequest: subrequests may not contain meta-requests");
            }
            calls.add(call);
        }
        return new BatchCall(calls, sequence);
    }

    @Override
    public RpcResponse execute(CallContext ctx) {
        List<RpcResponse> responses = sequence ? inOrder(ctx) : inParallel(ctx);
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        for (RpcResponse r : responses) {
            results.add(result(r));
        }
        return RpcResponse.json(200, body);
    }

    /** {@code {"code": status, "body": json or text}}. */
    static ObjectNode result(RpcResponse r) {
        ObjectNode entry = Json.object();
        entry.put("code", r.status());
        entry.set("body", r.bodyAsJson());
        return entry;
    }

    private List<RpcResponse> inOrder(CallContext ctx) {
        List<RpcResponse> out = new ArrayList<>();
        for (RpcCall call : calls) {
            RpcResponse r = RpcDispatcher.run(call, ctx);
            out.add(r);
            if (r.status() < 200 || r.status() > 299) {
                break;
            }
        }
        return out;
    }

    private List<RpcResponse> inParallel(CallContext ctx) {
        if (calls.size() == 1) {
            return List.of(RpcDispatcher.run(calls.get(0), ctx));
        }
        List<CompletableFuture<RpcResponse>> futures = new ArrayList<>();
        for (RpcCall call : calls) {
            futures.add(CompletableFuture.supplyAsync(() -> RpcDispatcher.run(call, ctx), ctx.node().executor()));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
