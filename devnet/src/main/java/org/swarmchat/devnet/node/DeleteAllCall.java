package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;

/** {@code delete_all} (SPEC §3.4.4): deletes every message of a namespace, or of all namespaces. */
final class DeleteAllCall extends RecursiveCall {
    /** Peers allow forwarded requests ten more seconds. */
    static final long SIGNATURE_TOLERANCE_FORWARDED = Duration.ofSeconds(70).toMillis();

    private final UserPubkey pubkey;
    private final RequestAuth auth;
    private final NamespaceOrAll namespace;
    private final long timestamp;

    private DeleteAllCall(JsonNode params, UserPubkey pubkey, RequestAuth auth, NamespaceOrAll namespace,
            long timestamp) {
        super("delete_all", params);
        this.pubkey = pubkey;
        this.auth = auth;
        this.namespace = namespace;
        this.timestamp = timestamp;
    }

    static DeleteAllCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<NamespaceOrAll> ns = p.namespaceOrAll("namespace");
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
        return new DeleteAllCall(json, owner, auth, ns.orElse(NamespaceOrAll.of(0)), timestamp);
    }

    /** The signed string: {@code "delete_all" + namespace + timestamp}. */
    String signedText() {
        return "delete_all" + namespace.signatureText() + timestamp;
    }

    @Override
    UserPubkey pubkey() {
        return pubkey;
    }

    @Override
    RpcResponse check(CallContext ctx) {
        long tolerance = ctx.forwarded() ? SIGNATURE_TOLERANCE_FORWARDED : StoreCall.SIGNATURE_TOLERANCE;
        if (timestamp < ctx.now() - tolerance || timestamp > ctx.now() + tolerance) {
            return RpcResponse.text(406, "delete_all timestamp too far from current time");
        }
        return auth.verify(pubkey, signedText()) ? null
                : RpcResponse.text(401, "delete_all signature verification failed");
    }

    @Override
    ObjectNode apply(CallContext ctx) {
        return AffectedHashes.result(ctx, "deleted", ctx.node().store().deleteAll(pubkey.hex(), namespace.filter()),
                namespace.all(), pubkey.hex() + timestamp);
    }
}
