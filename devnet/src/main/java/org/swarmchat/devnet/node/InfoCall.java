package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code info} (SPEC §3.4.9): version and time; clients take the network time from it. */
final class InfoCall implements RpcCall {
    @Override
    public RpcResponse execute(CallContext ctx) {
        ObjectNode body = Json.object();
        ArrayNode version = body.putArray("version");
        for (int v : CallContext.VERSION) {
            version.add(v);
        }
        body.put("timestamp", ctx.now());
        return RpcResponse.json(200, ctx.misc(body));
    }
}
