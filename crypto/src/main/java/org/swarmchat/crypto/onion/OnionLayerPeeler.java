package org.swarmchat.crypto.onion;

import java.security.SecureRandom;
import java.util.Base64;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * Node side of an onion request (SPEC §4.4, §4.5), for the local network's storage nodes. A node splits the
 * body it received with {@link CombinedPayload#decode}, reads {@code ephemeral_key} and {@code enc_type} from
 * the JSON (its own parser's job), then opens the blob here. The plaintext is again a combined payload: a
 * blob for the next node with its {@code destination}, or, with {@code headers}, the RPC request for this
 * node. Stateless.
 */
public final class OnionLayerPeeler {
    private OnionLayerPeeler() {
    }

    /**
     * Opens one layer addressed to {@code node}.
     *
     * @param ephemeral the layer's {@code ephemeral_key}
     * @param type the layer's {@code enc_type} ({@link EncryptionType#AES_GCM} when absent)
     * @param blob the ciphertext part of the combined payload the node received
     * @throws DecryptionException if the layer does not open with this node's key (the storage server then
     *     answers 400 "Invalid ciphertext")
     */
    public static PeeledLayer decryptLayer(X25519KeyPair node, X25519PublicKey ephemeral, EncryptionType type,
            byte[] blob) throws DecryptionException {
        HopKeys key = HopEncryption.forClient(node, ephemeral, type);
        return new PeeledLayer(key.decrypt(blob), key);
    }

    /**
     * The destination's response body: {@code plaintext} (the {@code {"status":…,"body":…}} JSON) encrypted
     * with the layer key and base64-encoded with padding, as the storage server sends it.
     */
    public static String encryptResponse(HopKeys replyKey, byte[] plaintext, SecureRandom random) {
        return Base64.getEncoder().encodeToString(replyKey.encrypt(plaintext, random));
    }
}
