package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.crypto.request.RequestSignatures;

/**
 * {@code retrieve} (SPEC §3.4.2): the messages of an account's namespace stored after {@code lastHash} (all of
 * them without one, or when the node no longer has it). Signed with the account's key over
 * {@code "retrieve" + namespace + timestamp}; params as desktop's {@code RetrieveUserSubRequest}:
 * {@code {"namespace","pubkey","pubkey_ed25519","signature","timestamp","last_hash"[,"max_size"]}}.
 *
 * <p>Messages whose hash does not match their content are dropped from the result: the hash is what the
 * client de-duplicates and pages by, and a node that gets it wrong is broken.
 *
 * @param account the owner's key pair
 * @param namespace which namespace
 * @param lastHash the last hash seen from this node in this namespace
 * @param maxSize {@code max_size}: bytes, or {@code -k} for a k-th of the node's maximum
 */
public record RetrieveRequest(Ed25519KeyPair account, Namespace namespace, Optional<String> lastHash,
        OptionalInt maxSize) implements SnodeRequest<RetrieveResult> {
    private static final Logger LOG = LoggerFactory.getLogger(RetrieveRequest.class);

    /**
     * Checks the members.
     *
     * @throws IllegalArgumentException if {@code lastHash} is present but not a 43-character hash (a node would
     *     answer 400)
     */
    public RetrieveRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(lastHash, "lastHash");
        Objects.requireNonNull(maxSize, "maxSize");
        lastHash.ifPresent(h -> {
            if (h.length() != MessageHash.LENGTH) {
                throw new IllegalArgumentException("last hash must be " + MessageHash.LENGTH + " characters, not "
                        + h.length());
            }
        });
    }

    /** A retrieve without a size limit of its own. */
    public static RetrieveRequest of(Ed25519KeyPair account, Namespace namespace, Optional<String> lastHash) {
        return new RetrieveRequest(account, namespace, lastHash, OptionalInt.empty());
    }

    /** The account's 66-hex storage pubkey. */
    public String pubkey() {
        return AccountId.of(account).hex();
    }

    @Override
    public String method() {
        return "retrieve";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        params.put("namespace", namespace.value());
        params.put("pubkey", pubkey());
        params.put("pubkey_ed25519", account.publicKey().hex());
        params.put("signature", RequestSignatures.sign(account,
                RequestSignatures.retrieveText(namespace, networkNowMillis)));
        params.put("timestamp", networkNowMillis);
        params.put("last_hash", lastHash.orElse(""));
        maxSize.ifPresent(size -> params.put("max_size", size));
        return params;
    }

    @Override
    public RetrieveResult parse(JsonNode body) throws MalformedResponseException {
        String what = "retrieve reply";
        SnodeJson.requireObject(body, what);
        byte[] owner = AccountId.of(account).bytes();
        List<RetrievedMessage> messages = new ArrayList<>();
        for (JsonNode m : SnodeJson.requireArray(body, "messages", what)) {
            String hash = SnodeJson.requireText(m, "hash", "retrieved message");
            byte[] data = SnodeJson.base64(SnodeJson.requireText(m, "data", "retrieved message"),
                    "retrieved message data");
            if (!hash.equals(MessageHash.compute(owner, namespace.value(), data))) {
                LOG.warn("dropping a retrieved message whose hash {} does not match its content", hash);
                continue;
            }
            messages.add(new RetrievedMessage(hash, SnodeJson.requireLong(m, "timestamp", "retrieved message"),
                    SnodeJson.requireLong(m, "expiration", "retrieved message"), data));
        }
        return new RetrieveResult(messages, body.path("more").asBoolean(false));
    }

    /**
     * Rejects a reply that no honest node sends: a message whose hash does not match its content (a replay under a
     * made-up hash, or bytes altered on the way), or one hash twice (a replay). Forged messages under their true
     * hash pass; only opening them can tell.
     */
    @Override
    public Set<Ed25519PublicKey> check(JsonNode body, Ed25519PublicKey answeredBy)
            throws MalformedResponseException {
        String what = "retrieve reply";
        SnodeJson.requireObject(body, what);
        byte[] owner = AccountId.of(account).bytes();
        Set<String> seen = new HashSet<>();
        for (JsonNode m : SnodeJson.requireArray(body, "messages", what)) {
            String hash = SnodeJson.requireText(m, "hash", "retrieved message");
            byte[] data = SnodeJson.base64(SnodeJson.requireText(m, "data", "retrieved message"),
                    "retrieved message data");
            if (!hash.equals(MessageHash.compute(owner, namespace.value(), data))) {
                throw new MalformedResponseException(what + " holds a message whose hash " + hash
                        + " does not match its content");
            }
            if (!seen.add(hash)) {
                throw new MalformedResponseException(what + " holds message " + hash + " twice");
            }
        }
        parse(body);
        return Set.of();
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.of(pubkey());
    }

    @Override
    public String toString() {
        return "RetrieveRequest[" + AccountId.of(account).shortForm() + ", ns " + namespace.value() + ", after "
                + lastHash.orElse("-") + "]";
    }
}
