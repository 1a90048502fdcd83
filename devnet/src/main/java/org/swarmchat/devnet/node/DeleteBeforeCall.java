package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;

/** {@code delete_before} (SPEC §3.4.5): deletes messages stored with a timestamp at or before {@code before}. */
final class DeleteBeforeCall extends RecursiveCall {
    private static final long FUTURE_LIMIT = Duration.ofMinutes(1).toMillis();

    private final UserPubkey pubkey;
    private final RequestAuth auth;
    private final NamespaceOrAll namespace;
    private final long before;

    private DeleteBeforeCall(JsonNode params, UserPubkey pubkey, RequestAuth auth, NamespaceOrAll namespace,
            long before) {
        super("delete_before", params);
        this.pubkey = pubkey;
        this.auth = auth;
        this.namespace = namespace;
        this.before = before;
    }

    static DeleteBeforeCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<Long> before = p.timestamp("before");
        Optional<NamespaceOrAll> ns = p.namespaceOrAll("namespace");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        UserPubkey owner = ParseSupport.loadPubkey(pubkey);
        RequestAuth auth = RequestAuth.parse(owner, pkEd, sig);
        ParseSupport.noSubaccount(subaccount);
        long b = before.orElseThrow(() -> Params.missing("before"));
        return new DeleteBeforeCall(json, owner, auth, ns.orElse(NamespaceOrAll.of(0)), b);
    }

    /** The signed string: {@code "delete_before" + namespace + before}. */
    String signedText() {
        return "delete_before" + namespace.signatureText() + before;
    }

    @Override
    UserPubkey pubkey() {
        return pubkey;
    }

    @Override
    RpcResponse check(CallContext ctx) {
        if (before > ctx.now() + FUTURE_LIMIT) {
            return RpcResponse.text(401, "delete_before timestamp too far in the future");
        }
        return auth.verify(pubkey, signedText()) ? null
                : RpcResponse.text(401, "delete_before signature verification failed");
    }

    @Override
    ObjectNode apply(CallContext ctx) {
        return AffectedHashes.result(ctx, "deleted",
                ctx.node().store().deleteBefore(pubkey.hex(), namespace.filter(), before), namespace.all(),
                pubkey.hex() + before);
    }
}
