package org.swarmchat.crypto.misc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.util.encoders.Hex;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.InvalidAccountIdException;
import org.swarmchat.crypto.internal.XChaCha20Poly1305;

/**
 * Opens the encrypted value of an ONS (Session name service) record, as returned by {@code ons_resolve}
 * through {@code oxend_request} (SPEC §3.4.9), into the Account ID the name points to. The key is derived
 * from the name itself: {@code BLAKE2b-256(msg = name, key = BLAKE2b-256(name))}; the value is
 * XChaCha20-Poly1305 with the record's 24-byte nonce (libsession {@code decrypt_ons_response}). Records from
 * before HF16 (Argon2, no nonce) are not supported. Stateless.
 */
public final class OnsResponseDecryption {
    /** 33 bytes of Account ID plus the 16-byte tag. */
    public static final int CIPHERTEXT_LENGTH = 33 + XChaCha20Poly1305.TAG_LENGTH;

    private OnsResponseDecryption() {
    }

    /**
     * Decrypts the record of {@code name}.
     *
     * @param name the ONS name looked up; it is lower-cased here, as names are case-insensitive
     * @param ciphertext the record's {@code encrypted_value}, hex-decoded (49 bytes)
     * @param nonce the record's {@code nonce}, hex-decoded (24 bytes)
     * @throws DecryptionException if the lengths are wrong, the value does not decrypt with the name's key, or
     *     the plaintext is not an Account ID
     */
    public static AccountId decrypt(String name, byte[] ciphertext, byte[] nonce) throws DecryptionException {
        if (ciphertext == null || ciphertext.length != CIPHERTEXT_LENGTH) {
            throw new DecryptionException("ONS value must be " + CIPHERTEXT_LENGTH + " bytes, got "
                    + (ciphertext == null ? 0 : ciphertext.length));
        }
        if (nonce == null || nonce.length != XChaCha20Poly1305.NONCE_LENGTH) {
            throw new DecryptionException("ONS nonce must be " + XChaCha20Poly1305.NONCE_LENGTH + " bytes, got "
                    + (nonce == null ? 0 : nonce.length));
        }
        byte[] plaintext = XChaCha20Poly1305.decrypt(key(name.toLowerCase(Locale.ROOT)), nonce, ciphertext);
        try {
            return AccountId.parse(Hex.toHexString(plaintext));
        } catch (InvalidAccountIdException e) {
            throw new DecryptionException("ONS value is not an Account ID: " + e.getMessage(), e);
        }
    }

    private static byte[] key(String lowercaseName) {
        byte[] name = lowercaseName.getBytes(StandardCharsets.UTF_8);
        byte[] nameHash = new byte[32];
        Blake2bDigest unkeyed = new Blake2bDigest(256);
        unkeyed.update(name, 0, name.length);
        unkeyed.doFinal(nameHash, 0);
        byte[] key = new byte[32];
        Blake2bDigest keyed = new Blake2bDigest(nameHash, 32, null, null);
        keyed.update(name, 0, name.length);
        keyed.doFinal(key, 0);
        return key;
    }
}
