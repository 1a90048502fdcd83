package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code oxend_request} for {@code get_service_nodes} (SPEC §1.3, §3.4.9): the node list as a node's oxend
 * sees it, for refreshing the pool. Params exactly as desktop's {@code GetServiceNodesSubRequest}:
 * {@code {"endpoint":"get_service_nodes","params":{"active_only":true,"fields":{"public_ip":true,
 * "storage_port":true,"pubkey_x25519":true,"pubkey_ed25519":true}}}}.
 */
public record GetServiceNodesRequest() implements SnodeRequest<List<Snode>> {
    @Override
    public String method() {
        return "oxend_request";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        params.put("endpoint", "get_service_nodes");
        ObjectNode inner = params.putObject("params");
        inner.put("active_only", true);
        ObjectNode fields = inner.putObject("fields");
        fields.put("public_ip", true);
        fields.put("storage_port", true);
        fields.put("pubkey_x25519", true);
        fields.put("pubkey_ed25519", true);
        return params;
    }

    @Override
    public List<Snode> parse(JsonNode body) throws MalformedResponseException {
        SnodeJson.requireObject(body, "oxend_request reply");
        return ServiceNodeList.parse(body.get("result"));
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.empty();
    }
}
