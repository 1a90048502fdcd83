package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import org.swarmchat.devnet.store.MessageStoreException;
import org.swarmchat.devnet.store.Namespaces;
import org.swarmchat.devnet.store.StoreResult;
import org.swarmchat.devnet.store.StoredMessage;

/** {@code store} (SPEC §3.4.1). */
final class StoreCall extends RecursiveCall {
    /** The largest message, decoded. */
    static final int MAX_MESSAGE_BODY = 76_800;
    static final long TTL_MINIMUM = Duration.ofSeconds(10).toMillis();
    static final long TTL_MAXIMUM = Duration.ofDays(14).toMillis();
    static final long TTL_MAXIMUM_PRIVATE = Duration.ofDays(30).toMillis();
    static final long STORE_TOLERANCE = Duration.ofSeconds(10).toMillis();
    static final long SIGNATURE_TOLERANCE = Duration.ofSeconds(60).toMillis();

    private final UserPubkey pubkey;
    private final int namespace;
    private final long timestamp;
    private final long expiry;
    private final byte[] data;
    private final RequestAuth auth;
    private final long sigTimestamp;
    /** Computed once: the entry node and its peers share this call (see {@link #shareableWithPeers}). */
    private final String hash;

    private StoreCall(JsonNode params, UserPubkey pubkey, int namespace, long timestamp, long expiry, byte[] data,
            RequestAuth auth, long sigTimestamp) {
        super("store", params);
        this.pubkey = pubkey;
        this.namespace = namespace;
        this.timestamp = timestamp;
        this.expiry = expiry;
        this.data = data;
        this.auth = auth;
        this.sigTimestamp = sigTimestamp;
        this.hash = MessageHash.of(pubkey, namespace, data);
    }

    static StoreCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<String> data = p.string("data");
        Optional<Long> expiry = p.timestamp("expiry");
        Optional<Integer> ns = p.namespace("namespace");
        Optional<String> pubKey = p.string("pubKey");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        Optional<Long> sigTs = p.timestamp("sig_timestamp");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        // timestamp and ttl may come as strings from old clients
        Optional<Long> timestamp = p.stringified("timestamp", false);
        Optional<Long> ttl = p.stringified("ttl", true);
        long ts = timestamp.orElseThrow(() -> Params.missing("timestamp"));
        if (expiry.isPresent() && ttl.isPresent()) {
            throw new RpcParseException("Cannot specify both 'expiry' and 'ttl'");
        }
        if (expiry.isEmpty() && ttl.isEmpty()) {
            throw new RpcParseException("Required field 'expiry' or 'ttl' missing");
        }
        long exp = expiry.orElseGet(() -> ts + ttl.get());
        Optional<String> pk = ParseSupport.pubkeyOrAlias(pubkey, pubKey);
        UserPubkey owner = ParseSupport.loadPubkey(pk);
        RequestAuth auth = null;
        long sigTimestamp = ts;
        if (sig.isPresent()) {
            auth = RequestAuth.parse(owner, pkEd, sig);
            ParseSupport.noSubaccount(subaccount);
            sigTimestamp = sigTs.orElse(ts);
        }
        String text = data.orElseThrow(() -> Params.missing("data"));
        byte[] bytes = RequestAuth.Base64Text.decode(text);
        if (bytes == null) {
            throw new RpcParseException("Invalid 'data' value: not base64 encoded");
        }
        if (text.length() > MAX_MESSAGE_BODY / 3 * 4) {
            throw new RpcParseException("Message body exceeds maximum allowed length of " + MAX_MESSAGE_BODY
                    + " bytes");
        }
        return new StoreCall(json, owner, ns.orElse(Namespaces.DEFAULT), ts, exp, bytes, auth, sigTimestamp);
    }

    /** The signed string: {@code "store" + namespace + sig_timestamp}. */
    String signedText() {
        return "store" + Namespaces.signatureText(namespace) + sigTimestamp;
    }

    @Override
    UserPubkey pubkey() {
        return pubkey;
    }

    @Override
    RpcResponse check(CallContext ctx) {
        boolean publicInbox = Namespaces.isPublicInbox(namespace);
        long ttl = expiry - timestamp;
        if (ttl < TTL_MINIMUM || ttl > (publicInbox ? TTL_MAXIMUM : TTL_MAXIMUM_PRIVATE)) {
            return RpcResponse.text(403, "Provided expiry/TTL is not valid.");
        }
        long now = ctx.now();
        if (timestamp > now + STORE_TOLERANCE || expiry < now - STORE_TOLERANCE) {
            return RpcResponse.text(406, "Timestamp error: check your clock");
        }
        if (!publicInbox) {
            if (auth == null) {
                return RpcResponse.text(401, "store: signature required to store to namespace " + namespace);
            }
            if (sigTimestamp < now - SIGNATURE_TOLERANCE || sigTimestamp > now + SIGNATURE_TOLERANCE) {
                return RpcResponse.text(406, "store signature timestamp too far from current time");
            }
            if (!auth.verify(pubkey, signedText())) {
                return RpcResponse.text(401, "store signature verification failed");
            }
        }
        return null;
    }

    @Override
    ObjectNode apply(CallContext ctx) {
        ObjectNode mine = Json.object();
        try {
            StoreResult result = ctx.node().store()
                    .store(new StoredMessage(hash, pubkey.hex(), namespace, timestamp, expiry, data));
            mine.put("hash", hash);
            mine.put("signature", ctx.sign(hash));
            if (result.already()) {
                mine.put("already", true);
            }
            mine.put("expiry", result.expiry());
        } catch (MessageStoreException e) {
            mine.put("reason", e.getMessage());
            mine.put("failed", true);
            mine.put("query_failure", true);
        }
        if (!ctx.forwarded()) {
            mine.put("t", ctx.now()); // deprecated copy inside the entry node's own result, kept for old clients
        }
        return mine;
    }

    @Override
    boolean shareableWithPeers() {
        return true; // immutable: every field is set by parse
    }

    @Override
    RpcResponse finish(ObjectNode result, int status, CallContext ctx) {
        if (!result.path("swarm").path(ctx.selfHex()).has("failed")) {
            result.put("hash", hash); // deprecated top-level copy, when this node stored the message
        }
        return RpcResponse.json(status, result);
    }
}
