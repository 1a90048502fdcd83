package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * The swarm description of {@code get_swarm} and of 421 replies (SPEC §2.3, SS {@code swarm_to_json}). The devnet
 * has no OxenMQ or QUIC listener; {@code port_omq} and {@code port_quic} repeat the HTTPS port.
 */
final class SwarmJson {
    private SwarmJson() {
    }

    /** {@code {"snodes": [...], "swarm": "<hex id>"}} for {@code swarmId} in {@code view}. */
    static ObjectNode of(NetworkView view, long swarmId) {
        return of(view.members(swarmId), swarmId);
    }

    /** {@code {"snodes": [...], "swarm": "<hex id>"}} naming {@code members} as swarm {@code swarmId}. */
    static ObjectNode of(List<Snode> members, long swarmId) {
        ObjectNode out = Json.object();
        ArrayNode snodes = out.putArray("snodes");
        for (Snode node : members) {
            ObjectNode s = snodes.addObject();
            s.put("address", ZBase32.encode(node.ed25519().bytes()) + ".snode");
            s.put("pubkey_legacy", node.ed25519().hex());
            s.put("pubkey_x25519", node.x25519().hex());
            s.put("pubkey_ed25519", node.ed25519().hex());
            s.put("port", Integer.toString(node.port()));
            s.put("port_https", node.port());
            s.put("port_omq", node.port());
            s.put("port_quic", node.port());
            s.put("ip", node.ip());
        }
        out.put("swarm", SwarmSpace.hex(swarmId));
        return out;
    }
}
