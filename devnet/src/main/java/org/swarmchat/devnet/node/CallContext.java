package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.seed.OxendRpc;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * One request's run on one node: the node, the network view and the time the request is judged by, and whether it
 * came from a swarm peer (then it is not forwarded again, and forwarded tolerances apply).
 */
final class CallContext {
    /** The storage server version the devnet claims. */
    static final int[] VERSION = {2, 8, 0};

    private final NodeServices node;
    private final NetworkView view;
    private final long now;
    private final boolean forwarded;

    CallContext(NodeServices node, NetworkView view, boolean forwarded) {
        this.node = node;
        this.view = view;
        this.now = node.clock().millis();
        this.forwarded = forwarded;
    }

    NodeServices node() {
        return node;
    }

    NetworkView view() {
        return view;
    }

    /** The node's time when the request arrived, ms. */
    long now() {
        return now;
    }

    boolean forwarded() {
        return forwarded;
    }

    /** The node's Ed25519 key in hex: its key in {@code swarm} result maps. */
    String selfHex() {
        return node.identity().ed25519().hex();
    }

    /** Whether {@code pubkey} maps to this node's swarm ({@code is_pubkey_for_us}). */
    boolean owns(UserPubkey pubkey) {
        long mine = view.swarmIdOf(node.identity().ed25519());
        return mine != SwarmSpace.INVALID_SWARM_ID && view.swarmFor(pubkey.bytes()) == mine;
    }

    /** 421 with the swarm that does hold {@code pubkey} (SPEC §2.6). */
    RpcResponse wrongSwarm(UserPubkey pubkey) {
        if (view.swarmCount() == 0) {
            return RpcResponse.text(500, "No swarms known!");
        }
        return RpcResponse.json(421, misc(SwarmJson.of(view, view.swarmFor(pubkey.bytes()))));
    }

    /** Adds {@code t} (now) and {@code hf}, as {@code add_misc_response_fields} does. */
    ObjectNode misc(ObjectNode body) {
        body.put("t", now);
        ArrayNode hf = body.putArray("hf");
        hf.add(OxendRpc.HARDFORK[0]);
        hf.add(OxendRpc.HARDFORK[1]);
        return body;
    }

    /** The node's signature over {@code text}, base64 as JSON answers carry it. */
    String sign(String text) {
        return RequestAuth.Base64Text.encode(node.identity().sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The other members of this node's swarm. */
    List<Snode> peers() {
        long mine = view.swarmIdOf(node.identity().ed25519());
        List<Snode> out = new ArrayList<>();
        for (Snode member : view.members(mine)) {
            if (!member.ed25519().equals(node.identity().ed25519())) {
                out.add(member);
            }
        }
        return out;
    }
}
