package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.crypto.request.RequestSignatures;

/**
 * {@code store} (SPEC §3.4.1): deposits a message in a recipient's swarm. For a public-inbox namespace (0 and
 * every multiple of 10) it is unsigned, exactly as desktop sends a 1:1 message:
 * {@code {"pubkey","timestamp","namespace","ttl","data"}}. Other namespaces belong to the owner and need the
 * owner's key ({@code signer}), which adds {@code pubkey_ed25519} and a {@code signature} over
 * {@code "store" + namespace + timestamp}, as desktop's config pushes do.
 *
 * @param recipient whose swarm stores the message
 * @param namespace where
 * @param data the message bytes (sent base64), at most {@value #MAX_DATA_BYTES}
 * @param ttl how long the swarm keeps it
 * @param signer the owner's key, required for namespaces that are not public inboxes
 */
public record StoreRequest(AccountId recipient, Namespace namespace, byte[] data, Duration ttl,
        Optional<Ed25519KeyPair> signer) implements SnodeRequest<StoreResult> {
    /** The largest message a node accepts. */
    public static final int MAX_DATA_BYTES = 76_800;
    /** The shortest TTL a node accepts. */
    public static final Duration MIN_TTL = Duration.ofSeconds(10);
    /** The longest TTL for a public-inbox namespace. */
    public static final Duration MAX_PUBLIC_TTL = Duration.ofDays(14);
    /** The longest TTL for other namespaces. */
    public static final Duration MAX_TTL = Duration.ofDays(30);

    /**
     * Checks what a node would refuse, so that a caller's mistake is not sent around the network first.
     *
     * @throws IllegalArgumentException if {@code data} is empty or too large, the TTL is out of the range the
     *     namespace allows, or a namespace that needs a signature has no {@code signer}
     */
    public StoreRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(signer, "signer");
        data = data.clone();
        if (data.length == 0 || data.length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("a message must be 1 to " + MAX_DATA_BYTES + " bytes, not "
                    + data.length);
        }
        boolean publicInbox = isPublicInbox(namespace);
        Duration max = publicInbox ? MAX_PUBLIC_TTL : MAX_TTL;
        if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(max) > 0) {
            throw new IllegalArgumentException("TTL " + ttl + " is outside " + MIN_TTL + " to " + max
                    + " for namespace " + namespace.value());
        }
        if (!publicInbox && signer.isEmpty()) {
            throw new IllegalArgumentException("namespace " + namespace.value() + " needs the owner's signature");
        }
    }

    /** An unsigned store to a public inbox, such as a 1:1 message in namespace 0. */
    public static StoreRequest toInbox(AccountId recipient, Namespace namespace, byte[] data, Duration ttl) {
        return new StoreRequest(recipient, namespace, data, ttl, Optional.empty());
    }

    /** Whether anyone may store in {@code namespace} without a signature (it is a multiple of 10). */
    public static boolean isPublicInbox(Namespace namespace) {
        return namespace.value() % 10 == 0;
    }

    /** A copy of the message bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The hash the swarm will name this message by (SPEC §3.5). */
    public String expectedHash() {
        return MessageHash.compute(recipient.bytes(), namespace.value(), data);
    }

    @Override
    public String method() {
        return "store";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        params.put("pubkey", recipient.hex());
        params.put("timestamp", networkNowMillis);
        params.put("namespace", namespace.value());
        params.put("ttl", ttl.toMillis());
        params.put("data", Base64.getEncoder().encodeToString(data));
        signer.ifPresent(key -> {
            params.put("pubkey_ed25519", key.publicKey().hex());
            params.put("signature", RequestSignatures.sign(key,
                    RequestSignatures.storeText(namespace, networkNowMillis)));
        });
        return params;
    }

    @Override
    public StoreResult parse(JsonNode body) throws MalformedResponseException {
        String expected = expectedHash();
        return new StoreResult(expected, SwarmReplies.parse(body, "store reply", (node, entry) -> {
            String hash = SnodeJson.requireText(entry, "hash", "store entry of " + node.hex());
            long expiry = SnodeJson.requireLong(entry, "expiry", "store entry of " + node.hex());
            boolean valid = hash.equals(expected) && SwarmReplies.verifies(node, entry.get("signature"), hash);
            return new NodeResult.Success<>(new StoreResult.StoredCopy(hash, expiry,
                    entry.path("already").asBoolean(false)), valid);
        }));
    }

    /**
     * Rejects a reply in which the answering node's own confirmation does not verify: it did not store the message,
     * or lies about it. Members whose confirmation does not verify are returned as suspects.
     */
    @Override
    public Set<Ed25519PublicKey> check(JsonNode body, Ed25519PublicKey answeredBy)
            throws MalformedResponseException {
        StoreResult result = parse(body);
        NodeResult<StoreResult.StoredCopy> own = result.swarm().get(answeredBy);
        if (own instanceof NodeResult.Success<StoreResult.StoredCopy> s && !s.signatureValid()) {
            throw new MalformedResponseException("the store confirmation of " + answeredBy.hex()
                    + " itself does not verify");
        }
        Set<Ed25519PublicKey> suspects = new HashSet<>();
        result.swarm().forEach((node, r) -> {
            if (r instanceof NodeResult.Success<StoreResult.StoredCopy> s && !s.signatureValid()) {
                suspects.add(node);
            }
        });
        return suspects;
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.of(recipient.hex());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreRequest r && recipient.equals(r.recipient) && namespace.equals(r.namespace)
                && Arrays.equals(data, r.data) && ttl.equals(r.ttl) && signer.equals(r.signer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipient, namespace, Arrays.hashCode(data), ttl, signer);
    }

    @Override
    public String toString() {
        return "StoreRequest[" + recipient.shortForm() + ", ns " + namespace.value() + ", " + data.length
                + " bytes, ttl " + ttl + (signer.isPresent() ? ", signed" : "") + "]";
    }
}
