package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * The node list in oxend's {@code get_n_service_nodes} / {@code get_service_nodes} result (SPEC §1.2):
 * {@code {"service_node_states":[{"public_ip","storage_port","pubkey_ed25519","pubkey_x25519",…},…]}}.
 * Stateless.
 */
public final class ServiceNodeList {
    private ServiceNodeList() {
    }

    /**
     * The usable nodes of an oxend result. Nodes at {@code 0.0.0.0} or without an IP have no uptime proof yet
     * and are dropped, as desktop drops them; so are duplicates of an identity already listed.
     *
     * @param result the {@code result} object of the oxend reply
     * @throws MalformedResponseException if the list is missing, or an entry's keys or port are malformed
     */
    public static List<Snode> parse(JsonNode result) throws MalformedResponseException {
        String what = "service node list";
        SnodeJson.requireObject(result, what);
        JsonNode states = SnodeJson.requireArray(result, "service_node_states", what);
        Map<Ed25519PublicKey, Snode> nodes = new LinkedHashMap<>();
        for (JsonNode state : states) {
            JsonNode ipNode = state.get("public_ip");
            String ip = ipNode != null && ipNode.isTextual() ? ipNode.asText() : "";
            if (ip.isBlank() || ip.equals("0.0.0.0")) {
                continue;
            }
            Ed25519PublicKey ed = SnodeJson.requireEd25519(state, "pubkey_ed25519", "service node");
            long port = SnodeJson.requireLong(state, "storage_port", "service node " + ed.hex());
            try {
                nodes.putIfAbsent(ed, new Snode(ed, SnodeJson.requireX25519(state, "pubkey_x25519",
                        "service node " + ed.hex()), ip, Math.toIntExact(port)));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new MalformedResponseException("service node " + ed.hex() + " is unusable: "
                        + e.getMessage(), e);
            }
        }
        return new ArrayList<>(nodes.values());
    }
}
