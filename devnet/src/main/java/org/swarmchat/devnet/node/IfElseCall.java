package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.swarmchat.devnet.seed.OxendRpc;

/**
 * {@code ifelse} (SPEC §3.4.10): runs {@code then} or {@code else} depending on the node's hard fork, version or
 * block height, and says which.
 */
final class IfElseCall implements RpcCall {
    private final int[] hfAtLeast;
    private final int[] hfBefore;
    private final int[] vAtLeast;
    private final int[] vBefore;
    private final Long heightAtLeast;
    private final Long heightBefore;
    private final RpcCall then;
    private final RpcCall otherwise;

    private IfElseCall(int[][] conditions, Long heightAtLeast, Long heightBefore, RpcCall then, RpcCall otherwise) {
        this.hfAtLeast = conditions[0];
        this.hfBefore = conditions[1];
        this.vAtLeast = conditions[2];
        this.vBefore = conditions[3];
        this.heightAtLeast = heightAtLeast;
        this.heightBefore = heightBefore;
        this.then = then;
        this.otherwise = otherwise;
    }

    static IfElseCall parse(JsonNode json, RpcMethods methods) {
        JsonNode condition = json.get("if");
        if (condition == null || !condition.isObject()) {
            throw new RpcParseException("Invalid ifelse request: no valid \"if\" field");
        }
        Params p = new Params(condition);
        Optional<Long> heightAtLeast = p.integer("height_at_least");
        Optional<Long> heightBefore = p.integer("height_before");
        int[] hfAtLeast = fixed(ints(p, "hf_at_least"), 2);
        int[] hfBefore = fixed(ints(p, "hf_before"), 2);
        int[] vAtLeast = fixed(ints(p, "v_at_least"), 3);
        int[] vBefore = fixed(ints(p, "v_before"), 3);
        if (heightAtLeast.isEmpty() && heightBefore.isEmpty() && hfAtLeast == null && hfBefore == null
                && vAtLeast == null && vBefore == null) {
            throw new RpcParseException("Invalid ifelse request: must specify at least one \"if\" condition");
        }
        RpcCall then = branch(json, "then", methods);
        RpcCall otherwise = branch(json, "else", methods);
        if (then == null && otherwise == null) {
            throw new RpcParseException("Invalid ifelse request: at least one of \"then\"/\"else\" required");
        }
        return new IfElseCall(new int[][] {hfAtLeast, hfBefore, vAtLeast, vBefore}, heightAtLeast.orElse(null),
                heightBefore.orElse(null), then, otherwise);
    }

    @Override
    public RpcResponse execute(CallContext ctx) {
        int[] hf = OxendRpc.HARDFORK;
        long height = ctx.view().height();
        boolean cond = true;
        cond &= hfAtLeast == null || compare(hf, hfAtLeast) >= 0;
        cond &= hfBefore == null || compare(hf, hfBefore) < 0;
        cond &= vAtLeast == null || compare(CallContext.VERSION, vAtLeast) >= 0;
        cond &= vBefore == null || compare(CallContext.VERSION, vBefore) < 0;
        cond &= heightAtLeast == null || height >= heightAtLeast;
        cond &= heightBefore == null || height < heightBefore;
        ObjectNode body = Json.object();
        ArrayNode hfJson = body.putArray("hf");
        hfJson.add(hf[0]);
        hfJson.add(hf[1]);
        ArrayNode v = body.putArray("v");
        for (int part : CallContext.VERSION) {
            v.add(part);
        }
        body.put("height", height);
        body.put("condition", cond);
        RpcCall chosen = cond ? then : otherwise;
        if (chosen != null) {
            body.set("result", BatchCall.result(RpcDispatcher.run(chosen, ctx)));
        }
        return RpcResponse.json(200, body);
    }

    private static RpcCall branch(JsonNode json, String key, RpcMethods methods) {
        JsonNode branch = json.get(key);
        if (branch == null) {
            return null;
        }
        if (!branch.isObject()) {
            throw new RpcParseException("Invalid ifelse request: " + key + " must be an object");
        }
        JsonNode method = branch.get("method");
        JsonNode params = branch.get("params");
        if (method == null || !method.isTextual() || params == null) {
            throw new RpcParseException("Invalid ifelse request: " + key + " must have method/params keys");
        }
        if (!methods.has(method.asText())) {
            throw new RpcParseException("Invalid ifelse request method \"" + key + "\"");
        }
        return methods.parse(method.asText(), params);
    }

    private static List<Long> ints(Params p, String name) {
        JsonNode v = p.raw(name);
        if (v == null) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        if (v.isIntegralNumber()) {
            out.add(v.asLong());
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                if (!e.isIntegralNumber()) {
                    throw new RpcParseException("Invalid value given for '" + name + "': expected integer array");
                }
                out.add(e.asLong());
            }
        } else {
            throw new RpcParseException("Invalid value given for '" + name + "': expected integer array");
        }
        return out;
    }

    /** The first {@code n} values, zero-padded; null for none. */
    private static int[] fixed(List<Long> values, int n) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        int[] out = new int[n];
        for (int i = 0; i < n && i < values.size(); i++) {
            out[i] = values.get(i).intValue();
        }
        return out;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
