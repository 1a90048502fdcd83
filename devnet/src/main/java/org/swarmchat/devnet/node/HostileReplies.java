package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarmchat.devnet.fault.FaultControl;
import org.swarmchat.devnet.fault.HostilePolicy;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.store.StoredMessage;

/**
 * The lies of a hostile node ({@link HostilePolicy}), told by rewriting the answer it computed honestly: 421 with a
 * wrong swarm, forged and replayed messages in retrieve replies, spoiled node signatures, and JSON of the wrong
 * shape. A {@code batch} or {@code sequence} is rewritten subrequest by subrequest, as the node would lie about each.
 * Oversized and slow replies are the HTTP listener's business. Thread-safe.
 */
final class HostileReplies {
    private static final long DAY = 86_400_000L;
    /** An unknown protobuf field (number 15, varint 1): appended, it changes the bytes but not the meaning. */
    private static final byte[] UNKNOWN_FIELD = {0x78, 0x01};

    private final FaultControl faults;

    HostileReplies(FaultControl faults) {
        this.faults = faults;
    }

    /** What the node answers to a client instead of {@code response}, the honest answer to {@code requestBody}. */
    RpcResponse rewrite(byte[] requestBody, RpcResponse response, CallContext ctx) {
        HostilePolicy h = faults.hostility();
        if (!h.rewritesReplies()) {
            return response;
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(requestBody);
        } catch (IOException e) {
            return response;
        }
        if (root == null || !root.isObject()) {
            return response;
        }
        String method = root.path("method").asText("");
        JsonNode params = root.path("params");
        if ((method.equals("batch") || method.equals("sequence")) && response.status() == 200 && response.isJson()) {
            return rewriteBatch(params.path("requests"), response, ctx, h);
        }
        return rewriteOne(method, params, response, ctx, h);
    }

    /** What the node answers to a swarm peer that forwarded {@code method}: a 421, or its own spoiled signature. */
    RpcResponse rewriteForwarded(String method, JsonNode params, RpcResponse response, CallContext ctx) {
        HostilePolicy h = faults.hostility();
        if (!h.rewritesReplies()) {
            return response;
        }
        Optional<UserPubkey> pubkey = pubkeyOf(params);
        if (pubkey.isPresent() && faults.hits(h.misdirectShare())) {
            return RpcResponse.json(421, ctx.misc(wrongSwarm(pubkey.get(), ctx)));
        }
        if (response.isJson() && response.json().has("signature") && faults.hits(h.wrongSignatureShare())) {
            ObjectNode copy = ((ObjectNode) response.json()).deepCopy();
            copy.put("signature", spoiledSignature(copy.path("hash").asText(""), ctx));
            return RpcResponse.json(response.status(), copy);
        }
        return response;
    }

    private RpcResponse rewriteBatch(JsonNode requests, RpcResponse response, CallContext ctx, HostilePolicy h) {
        JsonNode results = response.json().path("results");
        if (!requests.isArray() || !results.isArray()) {
            return response;
        }
        if (faults.hits(h.invalidJsonShare()) && faults.hits(0.5)) {
            return RpcResponse.json(200, misshapenBatch());
        }
        ObjectNode body = Json.object();
        ArrayNode out = body.putArray("results");
        for (int i = 0; i < results.size(); i++) {
            RpcResponse honest = fromResult(results.get(i));
            JsonNode request = requests.get(i);
            out.add(BatchCall.result(request == null ? honest
                    : rewriteOne(request.path("method").asText(""), request.path("params"), honest, ctx, h)));
        }
        return RpcResponse.json(200, body);
    }

    private RpcResponse rewriteOne(String method, JsonNode params, RpcResponse response, CallContext ctx,
            HostilePolicy h) {
        Optional<UserPubkey> pubkey = pubkeyOf(params);
        if (pubkey.isPresent() && faults.hits(h.misdirectShare())) {
            return RpcResponse.json(method.equals("get_swarm") ? 200 : 421, ctx.misc(wrongSwarm(pubkey.get(), ctx)));
        }
        if (response.status() != 200 || !response.isJson() || !response.json().isObject()) {
            return response;
        }
        ObjectNode body = ((ObjectNode) response.json()).deepCopy();
        if (method.equals("retrieve") && pubkey.isPresent() && body.path("messages").isArray()) {
            int namespace = params.path("namespace").asInt(0);
            ArrayNode messages = (ArrayNode) body.get("messages");
            if (faults.hits(h.forgeShare())) {
                addForged(messages, pubkey.get(), namespace, ctx);
            }
            if (faults.hits(h.replayShare())) {
                addReplays(messages, pubkey.get(), namespace, ctx);
            }
        }
        if (body.path("swarm").isObject() && faults.hits(h.wrongSignatureShare())) {
            spoilSignatures((ObjectNode) body.get("swarm"), ctx, faults.hits(0.5));
        }
        if (faults.hits(h.invalidJsonShare())) {
            return RpcResponse.json(200, misshapen(method, ctx));
        }
        return RpcResponse.json(200, body);
    }

    /** Another swarm than the one serving {@code pubkey}, or one made of this node alone: a 421 loop. */
    private ObjectNode wrongSwarm(UserPubkey pubkey, CallContext ctx) {
        NetworkView view = ctx.view();
        long right = view.swarmFor(pubkey.bytes());
        List<Long> others = new ArrayList<>();
        for (long id : view.swarmIds()) {
            if (id != right) {
                others.add(id);
            }
        }
        Optional<Snode> self = view.node(ctx.node().identity().ed25519());
        if (self.isEmpty() || (!others.isEmpty() && faults.hits(0.5))) {
            return others.isEmpty() ? SwarmJson.of(List.of(), right)
                    : SwarmJson.of(view, others.get(faults.randomInt(others.size())));
        }
        return SwarmJson.of(List.of(self.get()), view.swarmIdOf(self.get().ed25519()));
    }

    /** Random bytes, and a real message with a byte of its ciphertext changed, each under its correct hash. */
    private void addForged(ArrayNode messages, UserPubkey owner, int namespace, CallContext ctx) {
        long now = ctx.now();
        byte[] noise = new byte[64 + faults.randomInt(200)];
        faults.randomBytes(noise);
        add(messages, MessageHash.of(owner, namespace, noise), now, now + DAY, noise);
        List<StoredMessage> real = stored(owner, namespace, ctx);
        if (!real.isEmpty()) {
            StoredMessage m = real.get(faults.randomInt(real.size()));
            byte[] altered = m.data().clone();
            altered[altered.length / 2] ^= 0x5a; // inside the sealed box, whose authentication then fails
            add(messages, MessageHash.of(owner, namespace, altered), now, now + DAY, altered);
        }
    }

    /** A stored message again: same hash; same bytes under a made-up hash; same meaning under a new, true hash. */
    private void addReplays(ArrayNode messages, UserPubkey owner, int namespace, CallContext ctx) {
        List<StoredMessage> real = stored(owner, namespace, ctx);
        if (real.isEmpty()) {
            return;
        }
        StoredMessage m = real.get(faults.randomInt(real.size()));
        add(messages, m.hash(), m.timestamp(), m.expiry(), m.data());
        byte[] extended = Arrays.copyOf(m.data(), m.data().length + UNKNOWN_FIELD.length);
        System.arraycopy(UNKNOWN_FIELD, 0, extended, m.data().length, UNKNOWN_FIELD.length);
        add(messages, MessageHash.of(owner, namespace, extended), m.timestamp(), m.expiry(), extended);
        byte[] fake = new byte[32];
        faults.randomBytes(fake);
        add(messages, Base64.getEncoder().withoutPadding().encodeToString(fake), m.timestamp(), m.expiry(),
                m.data());
    }

    private static List<StoredMessage> stored(UserPubkey owner, int namespace, CallContext ctx) {
        return ctx.node().store().retrieve(owner.hex(), namespace, null, null, RetrieveCall.RETRIEVE_MAX_SIZE,
                ctx.now()).messages();
    }

    private static void add(ArrayNode messages, String hash, long timestamp, long expiry, byte[] data) {
        ObjectNode entry = messages.addObject();
        entry.put("hash", hash);
        entry.put("timestamp", timestamp);
        entry.put("expiration", expiry);
        entry.put("data", RequestAuth.Base64Text.encode(data));
    }

    /** Spoils this node's signature in a {@code swarm} map, and with {@code all} every member's. */
    private void spoilSignatures(ObjectNode swarm, CallContext ctx, boolean all) {
        for (Iterator<Map.Entry<String, JsonNode>> it = swarm.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue() instanceof ObjectNode entry && entry.has("signature")
                    && (all || field.getKey().equals(ctx.selfHex()))) {
                entry.put("signature", spoiledSignature(entry.path("hash").asText(""), ctx));
            }
        }
    }

    /** A signature over {@code text} by another key, this node's over other text, random bytes, or no base64. */
    private String spoiledSignature(String text, CallContext ctx) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (faults.randomInt(4)) {
            case 0 -> {
                byte[] seed = new byte[32];
                faults.randomBytes(seed);
                yield RequestAuth.Base64Text.encode(NodeIdentity.fromSeed(seed).sign(bytes));
            }
            case 1 -> ctx.sign(text + "!");
            case 2 -> {
                byte[] noise = new byte[64];
                faults.randomBytes(noise);
                yield RequestAuth.Base64Text.encode(noise);
            }
            default -> "not a signature";
        };
    }

    /** JSON that parses but is not what {@code method} answers: wrong types, missing members. */
    private ObjectNode misshapen(String method, CallContext ctx) {
        int variant = faults.randomInt(3);
        ObjectNode out = Json.object();
        switch (method) {
            case "retrieve" -> {
                if (variant == 0) {
                    out.put("messages", "none").put("more", "yes");
                } else if (variant == 1) {
                    out.putArray("messages").addObject().put("hash", 7).put("data", true).put("timestamp", "x");
                } else {
                    out.put("more", false);
                }
            }
            case "get_swarm" -> {
                if (variant == 0) {
                    out.put("snodes", "all of them").put("swarm", 5);
                } else {
                    out.putArray("snodes").addObject().put("ip", 1).putArray("pubkey_ed25519");
                }
            }
            case "info" -> out.put("timestamp", "soon").put("t", "now");
            default -> {
                if (variant == 0) {
                    out.putArray("swarm").add("not").add("a map");
                } else if (variant == 1) {
                    out.putObject("swarm").putObject(ctx.selfHex()).put("hash", false).put("expiry", "later")
                            .put("signature", 3);
                } else {
                    out.putNull("hash");
                }
            }
        }
        return out;
    }

    private ObjectNode misshapenBatch() {
        ObjectNode out = Json.object();
        if (faults.hits(0.5)) {
            out.put("results", "none");
        } else {
            out.putArray("results").addObject().put("code", "200").put("body", 5);
        }
        return out;
    }

    private static RpcResponse fromResult(JsonNode result) {
        int code = result.path("code").asInt(500);
        JsonNode body = result.get("body");
        if (body == null) {
            return RpcResponse.json(code, Json.object());
        }
        return body.isTextual() ? RpcResponse.text(code, body.asText()) : RpcResponse.json(code, body);
    }

    private static Optional<UserPubkey> pubkeyOf(JsonNode params) {
        JsonNode pk = params.has("pubkey") ? params.get("pubkey") : params.get("pubKey");
        return pk != null && pk.isTextual() ? UserPubkey.parse(pk.asText()) : Optional.empty();
    }
}
