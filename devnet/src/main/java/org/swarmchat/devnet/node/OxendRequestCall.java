package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * {@code oxend_request} (SPEC §3.4.9): the node passes {@code get_service_nodes} to its oxend, here the devnet
 * registry. The devnet has no ONS, so {@code ons_resolve} finds nothing and answers an empty result.
 */
final class OxendRequestCall implements RpcCall {
    private static final Set<String> ALLOWED = Set.of("get_service_nodes", "ons_resolve");

    private final String endpoint;
    private final JsonNode params;

    private OxendRequestCall(String endpoint, JsonNode params) {
        this.endpoint = endpoint;
        this.params = params;
    }

    static OxendRequestCall parse(JsonNode json) {
        Params p = new Params(json);
        String endpoint = p.string("endpoint").orElseThrow(() -> Params.missing("endpoint"));
        if (!ALLOWED.contains(endpoint)) {
            throw new RpcParseException("Invalid oxend endpoint '" + endpoint + "'");
        }
        return new OxendRequestCall(endpoint, p.raw("params"));
    }

    @Override
    public RpcResponse execute(CallContext ctx) {
        ObjectNode body = Json.object();
        if (endpoint.equals("get_service_nodes")) {
            body.set("result", ctx.node().oxend().serviceNodes(params));
        } else {
            body.putObject("result");
        }
        return RpcResponse.json(200, ctx.misc(body));
    }
}
