package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/** {@code expire} (SPEC §3.4.6): sets, extends or shortens the expiry of messages by hash. */
final class ExpireCall extends RecursiveCall {
    private static final long PAST_LIMIT = Duration.ofMinutes(1).toMillis();

    private final UserPubkey pubkey;
    private final RequestAuth auth;
    private final List<Long> expiries;
    private final List<String> messages;
    private final boolean shorten;
    private final boolean extend;
    private List<Long> applied;

    private ExpireCall(JsonNode params, UserPubkey pubkey, RequestAuth auth, List<Long> expiries,
            List<String> messages, boolean shorten, boolean extend) {
        super("expire", params);
        this.pubkey = pubkey;
        this.auth = auth;
        this.expiries = expiries;
        this.messages = messages;
        this.shorten = shorten;
        this.extend = extend;
    }

    static ExpireCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<List<Long>> expiry = p.timestamps("expiry");
        Optional<Boolean> extend = p.bool("extend");
        Optional<List<String>> messages = p.strings("messages");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        Optional<Boolean> shorten = p.bool("shorten");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        UserPubkey owner = ParseSupport.loadPubkey(pubkey);
        RequestAuth auth = RequestAuth.parse(owner, pkEd, sig);
        ParseSupport.noSubaccount(subaccount);
        List<Long> expiries = expiry.orElseThrow(() -> Params.missing("expiry"));
        if (expiries.isEmpty()) {
            throw new RpcParseException("'expiry' does not contain any expiration timestamps");
        }
        boolean s = shorten.orElse(false);
        boolean e = extend.orElse(false);
        if (s && e) {
            throw new RpcParseException("cannot specify both 'shorten' and 'extend'");
        }
        List<String> hashes = ParseSupport.nonEmptyHashes(messages);
        if (expiries.size() > 1 && expiries.size() != hashes.size()) {
            throw new RpcParseException("'expiry' must be a single expiry, or the same length as 'messages'");
        }
        ParseSupport.messageHashes(messages);
        return new ExpireCall(json, owner, auth, expiries, hashes, s, e);
    }

    /** The signed string: {@code "expire" + ("shorten"|"extend"|"") + expiries + hashes}. */
    String signedText() {
        StringBuilder out = new StringBuilder("expire").append(shorten ? "shorten" : extend ? "extend" : "");
        expiries.forEach(out::append);
        messages.forEach(out::append);
        return out.toString();
    }

    @Override
    UserPubkey pubkey() {
        return pubkey;
    }

    @Override
    RpcResponse check(CallContext ctx) {
        List<Long> use = new ArrayList<>();
        long now = ctx.now();
        for (long e : expiries) {
            if (e < now - PAST_LIMIT) {
                return RpcResponse.text(401, "expire: timestamp should be >= current time");
            }
            use.add(Math.min(now + StoreCall.TTL_MAXIMUM_PRIVATE, e)); // expiries beyond 30 days are clamped
        }
        if (!auth.verify(pubkey, signedText())) {
            return RpcResponse.text(401, "expire: signature verification failed");
        }
        applied = use;
        return null;
    }

    @Override
    ObjectNode apply(CallContext ctx) {
        List<Map.Entry<String, Long>> updated = new ArrayList<>(
                ctx.node().store().updateExpiry(pubkey.hex(), messages, applied, extend, shorten));
        updated.sort(Map.Entry.comparingByKey());
        SortedMap<String, Long> unchanged = null;
        if (extend || shorten) {
            Set<String> done = new HashSet<>();
            updated.forEach(u -> done.add(u.getKey()));
            List<String> rest = messages.stream().filter(m -> !done.contains(m)).toList();
            unchanged = ctx.node().store().expiries(pubkey.hex(), rest);
        }
        List<Long> signedExpiries = expiries.size() > 1 ? updated.stream().map(Map.Entry::getValue).toList()
                : List.of(applied.get(0));
        StringBuilder signed = new StringBuilder(pubkey.hex());
        signedExpiries.forEach(signed::append);
        messages.forEach(signed::append);
        updated.forEach(u -> signed.append(u.getKey()));
        if (unchanged != null) {
            unchanged.forEach((hash, expiry) -> signed.append(hash).append(expiry));
        }
        ObjectNode mine = Json.object();
        if (expiries.size() > 1) {
            ArrayNode list = mine.putArray("expiry");
            signedExpiries.forEach(list::add);
        } else {
            mine.put("expiry", applied.get(0));
        }
        ArrayNode list = mine.putArray("updated");
        updated.forEach(u -> list.add(u.getKey()));
        if (unchanged != null) {
            ObjectNode u = mine.putObject("unchanged");
            unchanged.forEach(u::put);
        }
        mine.put("signature", ctx.sign(signed.toString()));
        return mine;
    }
}
