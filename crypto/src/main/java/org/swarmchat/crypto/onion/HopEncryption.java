package org.swarmchat.crypto.onion;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * Key agreement for one onion layer (SPEC §4.2). The client pairs a fresh ephemeral key pair with the node's
 * X25519 key ({@link #forNode}); the node pairs its own key pair with the client's ephemeral key
 * ({@link #forClient}); both get the same {@link HopKeys}.
 */
public final class HopEncryption {
    /** The HMAC key of the aes-gcm derivation: the storage server's fixed salt. */
    private static final byte[] AES_GCM_SALT = {'L', 'O', 'K', 'I'};
    private static final int KEY_LENGTH = 32;

    private HopEncryption() {
    }

    /**
     * Client side: the key for a layer addressed to {@code node}, from the client's ephemeral key pair.
     *
     * @throws InvalidHopKeyException if {@code node} is a small-order point (no shared secret)
     */
    public static HopKeys forNode(X25519KeyPair ephemeral, X25519PublicKey node, EncryptionType type)
            throws InvalidHopKeyException {
        byte[] shared;
        try {
            shared = ephemeral.agree(node);
        } catch (DecryptionException e) {
            throw new InvalidHopKeyException("node X25519 key " + node.hex() + " is of small order", e);
        }
        return new HopKeys(type, derive(type, shared, ephemeral.publicKey(), node), ephemeral.publicKey());
    }

    /**
     * Node side: the key of a layer the client encrypted to {@code node} with its ephemeral key
     * {@code clientEphemeral}. The same key encrypts the node's response.
     *
     * @throws DecryptionException if {@code clientEphemeral} is a small-order point (the layer cannot be opened)
     */
    public static HopKeys forClient(X25519KeyPair node, X25519PublicKey clientEphemeral, EncryptionType type)
            throws DecryptionException {
        byte[] shared = node.agree(clientEphemeral);
        return new HopKeys(type, derive(type, shared, clientEphemeral, node.publicKey()), clientEphemeral);
    }

    private static byte[] derive(EncryptionType type, byte[] shared, X25519PublicKey client, X25519PublicKey node) {
        byte[] key = new byte[KEY_LENGTH];
        switch (type) {
            case AES_GCM -> {
                HMac hmac = new HMac(new SHA256Digest());
                hmac.init(new KeyParameter(AES_GCM_SALT));
                hmac.update(shared, 0, shared.length);
                hmac.doFinal(key, 0);
            }
            case XCHACHA20 -> {
                // The client's key comes first in both directions, so both ends hash the same bytes.
                Blake2bDigest blake = new Blake2bDigest(8 * KEY_LENGTH);
                blake.update(shared, 0, shared.length);
                byte[] a = client.bytes();
                byte[] b = node.bytes();
                blake.update(a, 0, a.length);
                blake.update(b, 0, b.length);
                blake.doFinal(key, 0);
            }
        }
        Arrays.fill(shared, (byte) 0);
        return key;
    }
}
