package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.RequestSignatures;

/**
 * {@code delete} (SPEC §3.4.3): removes messages by hash from the whole swarm of the account. Signed over
 * {@code "delete" + hash0 + hash1 + …}; params {@code {"pubkey","pubkey_ed25519","messages","signature"}} plus
 * {@code "required":true} when asked for (then a swarm that deleted nothing answers 404).
 *
 * @param account the owner's key pair
 * @param hashes the messages to delete, at least one
 * @param required whether deleting nothing is an error
 */
public record DeleteRequest(Ed25519KeyPair account, List<String> hashes, boolean required)
        implements SnodeRequest<DeleteResult> {
    /**
     * Checks the members.
     *
     * @throws IllegalArgumentException if {@code hashes} is empty or holds something that is not a hash
     */
    public DeleteRequest {
        Objects.requireNonNull(account, "account");
        hashes = List.copyOf(hashes);
        requireHashes(hashes);
    }

    static void requireHashes(List<String> hashes) {
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("name at least one message hash");
        }
        for (String h : hashes) {
            if (h.length() != MessageHash.LENGTH) {
                throw new IllegalArgumentException("'" + h + "' is not a " + MessageHash.LENGTH
                        + "-character message hash");
            }
        }
    }

    @Override
    public String method() {
        return "delete";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        params.put("pubkey", AccountId.of(account).hex());
        params.put("pubkey_ed25519", account.publicKey().hex());
        ArrayNode messages = params.putArray("messages");
        hashes.forEach(messages::add);
        if (required) {
            params.put("required", true);
        }
        params.put("signature", RequestSignatures.sign(account, RequestSignatures.deleteText(hashes)));
        return params;
    }

    @Override
    public DeleteResult parse(JsonNode body) throws MalformedResponseException {
        String owner = AccountId.of(account).hex();
        return new DeleteResult(SwarmReplies.parse(body, "delete reply", (node, entry) -> {
            List<String> deleted = strings(entry, "deleted", "delete entry of " + node.hex());
            String signed = owner + String.join("", hashes) + String.join("", deleted);
            return new NodeResult.Success<>(deleted, SwarmReplies.verifies(node, entry.get("signature"), signed));
        }));
    }

    static List<String> strings(JsonNode entry, String field, String what) throws MalformedResponseException {
        List<String> out = new ArrayList<>();
        for (JsonNode h : SnodeJson.requireArray(entry, field, what)) {
            if (!h.isTextual()) {
                throw new MalformedResponseException(what + " \"" + field + "\" holds a non-string");
            }
            out.add(h.asText());
        }
        return out;
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.of(AccountId.of(account).hex());
    }
}
