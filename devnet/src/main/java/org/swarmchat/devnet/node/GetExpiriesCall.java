package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** {@code get_expiries} (SPEC §3.4.8): the expiries of messages by hash, from this node only. */
final class GetExpiriesCall implements RpcCall {
    private final UserPubkey pubkey;
    private final RequestAuth auth;
    private final List<String> messages;
    private final long timestamp;

    private GetExpiriesCall(UserPubkey pubkey, RequestAuth auth, List<String> messages, long timestamp) {
        this.pubkey = pubkey;
        this.auth = auth;
        this.messages = messages;
        this.timestamp = timestamp;
    }

    static GetExpiriesCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<List<String>> messages = p.strings("messages");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        Optional<Long> ts = p.timestamp("timestamp");
        UserPubkey owner = ParseSupport.loadPubkey(pubkey);
        RequestAuth auth = RequestAuth.parse(owner, pkEd, sig);
        ParseSupport.noSubaccount(subaccount);
        long timestamp = ts.orElseThrow(() -> Params.missing("timestamp"));
        return new GetExpiriesCall(owner, auth, ParseSupport.nonEmptyHashes(messages), timestamp);
    }

    /** The signed string: {@code "get_expiries" + timestamp + hashes}. */
    String signedText() {
        return "get_expiries" + timestamp + ParseSupport.concat(messages);
    }

    @Override
    public RpcResponse execute(CallContext ctx) {
        if (!ctx.owns(pubkey)) {
            return ctx.wrongSwarm(pubkey);
        }
        long now = ctx.now();
        if (timestamp < now - StoreCall.SIGNATURE_TOLERANCE || timestamp > now + StoreCall.SIGNATURE_TOLERANCE) {
            return RpcResponse.text(406, "get_expiries timestamp too far from current time");
        }
        if (!auth.verify(pubkey, signedText())) {
            return RpcResponse.text(401, "get_expiries signature verification failed");
        }
        ObjectNode body = Json.object();
        ObjectNode expiries = body.putObject("expiries");
        ctx.node().store().expiries(pubkey.hex(), messages).forEach(expiries::put);
        return RpcResponse.json(200, body);
    }
}
