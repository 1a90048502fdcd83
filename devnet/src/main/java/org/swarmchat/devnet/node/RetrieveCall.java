package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.swarmchat.devnet.store.Namespaces;
import org.swarmchat.devnet.store.RetrieveResult;
import org.swarmchat.devnet.store.StoredMessage;

/** {@code retrieve} (SPEC §3.4.2). */
final class RetrieveCall implements RpcCall {
    /** The most a retrieve answers with, in bytes of JSON. */
    static final int RETRIEVE_MAX_SIZE = 7_800_000;

    private final UserPubkey pubkey;
    private final int namespace;
    private final String lastHash;
    private final Integer maxCount;
    private final Integer maxSize;
    private final RequestAuth auth;
    private final long timestamp;

    private RetrieveCall(UserPubkey pubkey, int namespace, String lastHash, Integer maxCount, Integer maxSize,
            RequestAuth auth, long timestamp) {
        this.pubkey = pubkey;
        this.namespace = namespace;
        this.lastHash = lastHash;
        this.maxCount = maxCount;
        this.maxSize = maxSize;
        this.auth = auth;
        this.timestamp = timestamp;
    }

    static RetrieveCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<String> lastHashAlias = p.string("lastHash");
        Optional<String> lastHash = p.string("last_hash");
        Optional<Long> maxCount = p.integer("max_count");
        Optional<Long> maxSize = p.integer("max_size");
        Optional<Integer> ns = p.namespace("namespace");
        Optional<String> pubKey = p.string("pubKey");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        p.bool("reverse_direction");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        Optional<Long> ts = p.timestamp("timestamp");
        Optional<String> pk = ParseSupport.pubkeyOrAlias(pubkey, pubKey);
        UserPubkey owner = ParseSupport.loadPubkey(pk);
        RequestAuth auth = null;
        long timestamp = 0;
        if (pkEd.isPresent() || sig.isPresent() || ts.isPresent()
                || (ns.isPresent() && !Namespaces.isNoAuthRetrieve(ns.get()))) {
            auth = RequestAuth.parse(owner, pkEd, sig);
            ParseSupport.noSubaccount(subaccount);
            timestamp = ts.orElseThrow(() -> Params.missing("timestamp"));
        }
        if (lastHash.isPresent() && lastHashAlias.isPresent()) {
            throw new RpcParseException("Cannot specify both 'last_hash' and 'lastHash'");
        }
        String last = lastHash.or(() -> lastHashAlias).filter(h -> !h.isEmpty()).orElse(null);
        if (last != null) {
            if (last.length() != 43) {
                throw new RpcParseException("Invalid last_hash: expected base64 (43 chars)");
            }
            if (!MessageHash.isValid(last)) {
                throw new RpcParseException("Invalid last_hash: not base64");
            }
        }
        return new RetrieveCall(owner, ns.orElse(Namespaces.DEFAULT), last, clamp(maxCount), clamp(maxSize), auth,
                timestamp);
    }

    /** The signed string: {@code "retrieve" + namespace + timestamp}. */
    String signedText() {
        return "retrieve" + Namespaces.signatureText(namespace) + timestamp;
    }

    @Override
    public RpcResponse execute(CallContext ctx) {
        if (!ctx.owns(pubkey)) {
            return ctx.wrongSwarm(pubkey);
        }
        if (!Namespaces.isNoAuthRetrieve(namespace) && auth == null) {
            return RpcResponse.text(401, "retrieve: request signature required");
        }
        if (auth != null) {
            long now = ctx.now();
            if (timestamp < now - StoreCall.SIGNATURE_TOLERANCE || timestamp > now + StoreCall.SIGNATURE_TOLERANCE) {
                return RpcResponse.text(406, "retrieve timestamp too far from current time");
            }
            if (!auth.verify(pubkey, signedText())) {
                return RpcResponse.text(401, "retrieve signature verification failed");
            }
        }
        Integer count = maxCount == null || maxCount == 0 ? null : Math.max(1, maxCount);
        Integer size = maxSize == null || maxSize == 0 ? null : maxSize;
        if (count == null && size == null) {
            size = -5; // a fifth of the maximum unless told otherwise
        }
        if (size != null && size < 0) {
            size = RETRIEVE_MAX_SIZE / -size;
        } else if (size == null || size > RETRIEVE_MAX_SIZE) {
            size = RETRIEVE_MAX_SIZE;
        }
        RetrieveResult page = ctx.node().store().retrieve(pubkey.hex(), namespace, lastHash, count, size, ctx.now());
        ObjectNode body = Json.object();
        ArrayNode messages = body.putArray("messages");
        for (StoredMessage m : page.messages()) {
            ObjectNode entry = messages.addObject();
            entry.put("hash", m.hash());
            entry.put("timestamp", m.timestamp());
            entry.put("expiration", m.expiry());
            entry.put("data", RequestAuth.Base64Text.encode(m.data()));
        }
        body.put("more", page.more());
        return RpcResponse.json(200, ctx.misc(body));
    }

    private static Integer clamp(Optional<Long> value) {
        return value.map(v -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v))).orElse(null);
    }
}
