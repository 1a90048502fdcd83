package org.swarmchat.crypto.request;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.swarmchat.crypto.HexCodec;

/**
 * The hash by which the storage server names a stored message (SPEC §3.5): unpadded base64 of
 * BLAKE2b-256(prefix byte || 32-byte pubkey || namespace text || data), 43 characters. The same hash is
 * {@code last_hash} in {@code retrieve} and the key for deleting and expiring. Stateless.
 */
public final class MessageHash {
    /** Characters in a message hash: 32 bytes in unpadded base64. */
    public static final int LENGTH = 43;
    private static final int PUBKEY_LENGTH = 33;

    private MessageHash() {
    }

    /**
     * The hash of {@code data} stored for {@code pubkey33} in {@code namespace}.
     *
     * @param pubkey33 the owner's storage pubkey as bytes: its type byte (0x05 for an account, 0x03 for a
     *     group) and the 32-byte key
     * @param data the message bytes as stored (base64-decoded {@code data})
     * @throws IllegalArgumentException if {@code pubkey33} is not 33 bytes or {@code namespace} not int16
     */
    public static String compute(byte[] pubkey33, int namespace, byte[] data) {
        if (pubkey33 == null || pubkey33.length != PUBKEY_LENGTH) {
            throw new IllegalArgumentException("storage pubkey must be " + PUBKEY_LENGTH + " bytes (type byte + key)");
        }
        byte[] ns = Namespace.of(namespace).signingText().getBytes(StandardCharsets.US_ASCII);
        Blake2bDigest blake = new Blake2bDigest(256);
        blake.update(pubkey33, 0, pubkey33.length);
        blake.update(ns, 0, ns.length);
        blake.update(data, 0, data.length);
        byte[] digest = new byte[32];
        blake.doFinal(digest, 0);
        return Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    /**
     * The hash of {@code data} stored for the 66-hex-character storage pubkey {@code pubkeyHex} (such as an
     * Account ID) in {@code namespace}.
     *
     * @throws IllegalArgumentException if {@code pubkeyHex} is not 66 hex characters or {@code namespace} not
     *     int16
     */
    public static String compute(String pubkeyHex, int namespace, byte[] data) {
        return compute(HexCodec.decode(pubkeyHex, PUBKEY_LENGTH, "storage pubkey"), namespace, data);
    }
}
