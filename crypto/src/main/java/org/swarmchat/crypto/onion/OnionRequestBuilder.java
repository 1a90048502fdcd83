package org.swarmchat.crypto.onion;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * Builds onion requests to a storage node (SPEC §4.4), layer by layer from the destination outwards, with a
 * fresh ephemeral key pair per layer:
 * <ol>
 * <li>the destination D gets {@code [len(P)] || P || {"headers":{}}}, encrypted for D;</li>
 * <li>each path node gets {@code [len(C)] || C || {"destination":"<next ed25519>","ephemeral_key":"<E>"}},
 *     where C and E are the next layer's ciphertext and ephemeral key, encrypted for that node;</li>
 * <li>the guard's HTTP body is {@code [len(C_G)] || C_G || {"ephemeral_key":"<E_G>"}}.</li>
 * </ol>
 * For {@link EncryptionType#XCHACHA20} the relay and guard JSON also carry {@code "enc_type":"xchacha20"}; for
 * aes-gcm they leave it out, as desktop does (the node's default). All JSON is compact; its keys are fixed and
 * its values hex, so it is written here without a JSON library.
 *
 * <p>Only snode destinations: a final layer for a non-snode server ({@code host}/{@code target}, SPEC §4.6) is
 * not supported yet. Thread-safe if the {@link SecureRandom} is (the JDK's are).
 */
public final class OnionRequestBuilder {
    private static final byte[] DESTINATION_CONTROL = "{\"headers\":{}}".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random;

    /** A builder drawing ephemeral keys and IVs from {@code random}. */
    public OnionRequestBuilder(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Wraps {@code payload} (the storage RPC request JSON, UTF-8) for {@code destination}, through
     * {@code path}, guard first.
     *
     * @param path one or more nodes, guard first; the destination is not part of it
     * @throws IllegalArgumentException if {@code path} is empty
     * @throws InvalidHopKeyException if a node's X25519 key is of small order
     */
    public OnionRequest build(List<OnionHop> path, OnionHop destination, byte[] payload, EncryptionType type)
            throws InvalidHopKeyException {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an onion path needs at least one node (the guard)");
        }
        HopKeys destinationKey = HopEncryption.forNode(X25519KeyPair.generate(random), destination.x25519(), type);
        byte[] layer = destinationKey.encrypt(CombinedPayload.encode(payload, DESTINATION_CONTROL), random);

        OnionHop next = destination;
        HopKeys nextKey = destinationKey;
        for (int i = path.size() - 1; i >= 0; i--) {
            OnionHop hop = path.get(i);
            HopKeys key = HopEncryption.forNode(X25519KeyPair.generate(random), hop.x25519(), type);
            byte[] control = relayControl(next, nextKey.clientEphemeral(), type);
            layer = key.encrypt(CombinedPayload.encode(layer, control), random);
            next = hop;
            nextKey = key;
        }
        byte[] guardBody = CombinedPayload.encode(layer, guardControl(nextKey.clientEphemeral(), type));
        return new OnionRequest(guardBody, destinationKey);
    }

    /** {@code {"destination":"<ed hex>","ephemeral_key":"<x hex>"[,"enc_type":"xchacha20"]}}. */
    static byte[] relayControl(OnionHop next, X25519PublicKey ephemeral, EncryptionType type) {
        return ("{\"destination\":\"" + next.ed25519().hex() + "\",\"ephemeral_key\":\"" + ephemeral.hex() + "\""
                + encType(type) + "}").getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code {"ephemeral_key":"<x hex>"[,"enc_type":"xchacha20"]}}. */
    static byte[] guardControl(X25519PublicKey ephemeral, EncryptionType type) {
        return ("{\"ephemeral_key\":\"" + ephemeral.hex() + "\"" + encType(type) + "}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String encType(EncryptionType type) {
        return type == EncryptionType.AES_GCM ? "" : ",\"enc_type\":\"" + type.wireName() + "\"";
    }
}
