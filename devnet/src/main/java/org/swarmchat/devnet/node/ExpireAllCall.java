package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** {@code expire_all} (SPEC §3.4.7): shortens the expiry of every message of a namespace, or of all. */
final class ExpireAllCall extends RecursiveCall {
    private final UserPubkey pubkey;
    private final RequestAuth auth;
    private final NamespaceOrAll namespace;
    private final long expiry;

    private ExpireAllCall(JsonNode params, UserPubkey pubkey, RequestAuth auth, NamespaceOrAll namespace,
            long expiry) {
        super("expire_all", params);
        this.pubkey = pubkey;
        this.auth = auth;
        this.namespace = namespace;
        this.expiry = expiry;
    }

    static ExpireAllCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<Long> expiry = p.timestamp("expiry");
        Optional<NamespaceOrAll> ns = p.namespaceOrAll("namespace");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        UserPubkey owner = ParseSupport.loadPubkey(pubkey);
        RequestAuth auth = RequestAuth.parse(owner, pkEd, sig);
        ParseSupport.noSubaccount(subaccount);
        long e = expiry.orElseThrow(() -> Params.missing("expiry"));
        return new ExpireAllCall(json, owner, auth, ns.orElse(NamespaceOrAll.of(0)), e);
    }

    /** The signed string: {@code "expire_all" + namespace + expiry}. */
    String signedText() {
        return "expire_all" + namespace.signatureText() + expiry;
    }

    @Override
    UserPubkey pubkey() {
        return pubkey;
    }

    @Override
    RpcResponse check(CallContext ctx) {
        long tolerance = ctx.forwarded() ? DeleteAllCall.SIGNATURE_TOLERANCE_FORWARDED
                : StoreCall.SIGNATURE_TOLERANCE;
        if (expiry < ctx.now() - tolerance) {
            return RpcResponse.text(406, "expire_all timestamp should be >= current time");
        }
        return auth.verify(pubkey, signedText()) ? null
                : RpcResponse.text(401, "expire_all signature verification failed");
    }

    @Override
    ObjectNode apply(CallContext ctx) {
        return AffectedHashes.result(ctx, "updated",
                ctx.node().store().shortenAll(pubkey.hex(), namespace.filter(), expiry), namespace.all(),
                pubkey.hex() + expiry);
    }
}
