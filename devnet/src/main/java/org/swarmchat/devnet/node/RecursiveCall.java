package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * A request the whole swarm carries out (SPEC §3.2): {@code store}, {@code delete}, {@code delete_all},
 * {@code delete_before}, {@code expire}, {@code expire_all}. The entry node checks ownership (421), clocks and
 * signatures, forwards the unchanged parameters to every peer, applies the request itself, and answers with the
 * {@code swarm} map of every member's result: 200 if any member succeeded, else 500. A peer runs the same checks
 * and answers with its own result only.
 */
abstract class RecursiveCall implements RpcCall {
    private final String method;
    private final JsonNode params;

    RecursiveCall(String method, JsonNode params) {
        this.method = method;
        this.params = params;
    }

    /** The pubkey whose swarm must carry the request. */
    abstract UserPubkey pubkey();

    /** The clock and signature checks, run before forwarding; null if the request may go ahead. */
    abstract RpcResponse check(CallContext ctx);

    /** Carries the request out on this node; the node's result object. */
    abstract ObjectNode apply(CallContext ctx);

    /**
     * Whether a peer may run this very object instead of parsing the forwarded parameters again: only a call that
     * keeps no state between {@link #apply} and {@link #finish}, since the entry and its peers run it at once.
     */
    boolean shareableWithPeers() {
        return false;
    }

    /** The entry node's last word on the combined answer (store adds a top-level hash; delete may turn 404). */
    RpcResponse finish(ObjectNode result, int status, CallContext ctx) {
        return RpcResponse.json(status, result);
    }

    @Override
    public final RpcResponse execute(CallContext ctx) {
        if (!ctx.owns(pubkey())) {
            return ctx.wrongSwarm(pubkey());
        }
        RpcResponse problem = check(ctx);
        if (problem != null) {
            return problem;
        }
        if (ctx.forwarded()) {
            ObjectNode mine = apply(ctx);
            return RpcResponse.json(mine.has("failed") ? 500 : 200, mine);
        }
        ForwardedRequest forwarded = new ForwardedRequest(method, params, shareableWithPeers() ? this : null);
        PeerFanOut fanOut = PeerFanOut.start(ctx, forwarded); // peers first, as the storage server does
        ObjectNode mine = apply(ctx);
        ObjectNode result = Json.object();
        ObjectNode swarm = result.putObject("swarm");
        swarm.set(ctx.selfHex(), mine);
        fanOut.collectInto(swarm, ctx.node().peerTimeout());
        ctx.misc(result);
        return finish(result, anySucceeded(swarm) ? 200 : 500, ctx);
    }

    private static boolean anySucceeded(ObjectNode swarm) {
        for (Iterator<JsonNode> it = swarm.elements(); it.hasNext();) {
            if (!it.next().has("failed")) {
                return true;
            }
        }
        return false;
    }
}
