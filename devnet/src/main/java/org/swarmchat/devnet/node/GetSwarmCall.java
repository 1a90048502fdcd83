package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** {@code get_swarm} (alias {@code get_snodes_for_pubkey}, SPEC §2.3): the swarm of a pubkey, from any node. */
final class GetSwarmCall implements RpcCall {
    private final UserPubkey pubkey;

    private GetSwarmCall(UserPubkey pubkey) {
        this.pubkey = pubkey;
    }

    static GetSwarmCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<String> pubKey = p.string("pubKey");
        Optional<String> pubkey = p.string("pubkey");
        String pk = ParseSupport.pubkeyOrAlias(pubkey, pubKey).orElseThrow();
        return new GetSwarmCall(UserPubkey.parse(pk)
                .orElseThrow(() -> new RpcParseException("Pubkey must be 66 hex digits/33 bytes long")));
    }

    @Override
    public RpcResponse execute(CallContext ctx) {
        long swarm = ctx.view().swarmFor(pubkey.bytes());
        return RpcResponse.json(200, ctx.misc(SwarmJson.of(ctx.view(), swarm)));
    }
}
