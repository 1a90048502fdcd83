package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.ExpireMode;
import org.swarmchat.crypto.request.RequestSignatures;

/**
 * {@code expire} (SPEC §3.4.6): sets the expiry of messages across the account's swarm, one expiry for all.
 * Signed over {@code "expire" + mode + expiry + hash0 + hash1 + …}; params
 * {@code {"pubkey","pubkey_ed25519","messages","expiry"[,"shorten"|"extend":true],"signature"}}.
 *
 * @param account the owner's key pair
 * @param hashes the messages, at least one
 * @param expiryMs the new expiry, ms since the epoch (nodes clamp it to 30 days from now)
 * @param mode set freely, only shorten, or only extend
 */
public record ExpireRequest(Ed25519KeyPair account, List<String> hashes, long expiryMs, ExpireMode mode)
        implements SnodeRequest<ExpireResult> {
    /**
     * Checks the members.
     *
     * @throws IllegalArgumentException if {@code hashes} is empty or holds something that is not a hash
     */
    public ExpireRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mode, "mode");
        hashes = List.copyOf(hashes);
        DeleteRequest.requireHashes(hashes);
    }

    @Override
    public String method() {
        return "expire";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        params.put("pubkey", AccountId.of(account).hex());
        params.put("pubkey_ed25519", account.publicKey().hex());
        ArrayNode messages = params.putArray("messages");
        hashes.forEach(messages::add);
        params.put("expiry", expiryMs);
        if (mode != ExpireMode.SET) {
            params.put(mode.signingText(), true);
        }
        params.put("signature", RequestSignatures.sign(account, RequestSignatures.expireText(mode, expiryMs, hashes)));
        return params;
    }

    @Override
    public ExpireResult parse(JsonNode body) throws MalformedResponseException {
        String owner = AccountId.of(account).hex();
        return new ExpireResult(SwarmReplies.parse(body, "expire reply", (node, entry) -> {
            String what = "expire entry of " + node.hex();
            List<String> updated = DeleteRequest.strings(entry, "updated", what);
            long applied = SnodeJson.requireLong(entry, "expiry", what);
            Map<String, Long> unchanged = new TreeMap<>();
            JsonNode u = entry.get("unchanged");
            if (u != null && u.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = u.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    unchanged.put(e.getKey(), e.getValue().asLong());
                }
            }
            StringBuilder signed = new StringBuilder(owner).append(applied);
            hashes.forEach(signed::append);
            updated.forEach(signed::append);
            unchanged.forEach((hash, expiry) -> signed.append(hash).append(expiry));
            return new NodeResult.Success<>(new ExpireResult.ExpiryUpdate(updated, applied, unchanged),
                    SwarmReplies.verifies(node, entry.get("signature"), signed.toString()));
        }));
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.of(AccountId.of(account).hex());
    }
}
