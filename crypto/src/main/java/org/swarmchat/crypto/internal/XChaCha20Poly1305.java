package org.swarmchat.crypto.internal;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Pack;
import org.swarmchat.crypto.DecryptionException;

/**
 * XChaCha20-Poly1305-IETF, as libsodium's {@code crypto_aead_xchacha20poly1305_ietf_*} computes it: HChaCha20
 * turns the key and the first 16 nonce bytes into a subkey, then Bouncy Castle's ChaCha20-Poly1305 (RFC 8439)
 * runs with that subkey and the nonce {@code 0x00000000 || nonce[16..24]}. Ciphertexts are
 * {@code ciphertext || tag(16)}, without the nonce.
 *
 * <p>Bouncy Castle has no XChaCha20, so HChaCha20 is composed here from its public ChaCha core, the way its own
 * {@code XSalsa20Engine} composes HSalsa20 from the Salsa20 core. Stateless and thread-safe.
 */
public final class XChaCha20Poly1305 {
    /** Bytes in a key. */
    public static final int KEY_LENGTH = 32;
    /** Bytes in a nonce; long enough to be drawn at random for every message. */
    public static final int NONCE_LENGTH = 24;
    /** Bytes of the Poly1305 tag appended to every ciphertext. */
    public static final int TAG_LENGTH = 16;

    /** "expand 32-byte k" as four little-endian words: the ChaCha constant HChaCha20 starts from. */
    private static final int[] SIGMA = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    private static final int HCHACHA_NONCE_LENGTH = 16;
    private static final int ROUNDS = 20;
    private static final byte[] NO_AAD = new byte[0];

    private XChaCha20Poly1305() {
    }

    /**
     * Encrypts without associated data.
     *
     * @return {@code ciphertext || tag}, {@code plaintext.length + 16} bytes
     * @throws IllegalArgumentException if the key is not 32 bytes or the nonce not 24 bytes
     */
    public static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext) {
        return encrypt(key, nonce, plaintext, NO_AAD);
    }

    /**
     * Encrypts, authenticating {@code aad} as well.
     *
     * @return {@code ciphertext || tag}, {@code plaintext.length + 16} bytes
     * @throws IllegalArgumentException if the key is not 32 bytes or the nonce not 24 bytes
     */
    public static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad) {
        ChaCha20Poly1305 aead = init(true, key, nonce, aad);
        byte[] out = new byte[plaintext.length + TAG_LENGTH];
        int n = aead.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            aead.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            // Only decryption verifies a tag; encryption cannot get here.
            throw new IllegalStateException("ChaCha20-Poly1305 encryption failed", e);
        }
        return out;
    }

    /**
     * Decrypts and verifies {@code ciphertext || tag} without associated data.
     *
     * @throws DecryptionException if the input is shorter than the tag or the tag does not verify
     * @throws IllegalArgumentException if the key is not 32 bytes or the nonce not 24 bytes
     */
    public static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertext) throws DecryptionException {
        return decrypt(key, nonce, ciphertext, 0, ciphertext.length, NO_AAD);
    }

    /**
     * Decrypts and verifies {@code ciphertext || tag} with associated data {@code aad}.
     *
     * @throws DecryptionException if the input is shorter than the tag or the tag does not verify
     * @throws IllegalArgumentException if the key is not 32 bytes or the nonce not 24 bytes
     */
    public static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] aad)
            throws DecryptionException {
        return decrypt(key, nonce, ciphertext, 0, ciphertext.length, aad);
    }

    /**
     * Decrypts and verifies {@code input[offset, offset + length)}, which holds {@code ciphertext || tag}.
     *
     * @throws DecryptionException if the range is shorter than the tag or the tag does not verify
     * @throws IllegalArgumentException if the key is not 32 bytes, the nonce not 24 bytes, or the range lies
     *     outside {@code input}
     */
    public static byte[] decrypt(byte[] key, byte[] nonce, byte[] input, int offset, int length, byte[] aad)
            throws DecryptionException {
        if (offset < 0 || length < 0 || offset > input.length - length) {
            throw new IllegalArgumentException("range [" + offset + ", +" + length + ") outside " + input.length);
        }
        if (length < TAG_LENGTH) {
            throw new DecryptionException("XChaCha20-Poly1305 ciphertext of " + length + " bytes is shorter than "
                    + "its " + TAG_LENGTH + "-byte tag");
        }
        ChaCha20Poly1305 aead = init(false, key, nonce, aad);
        byte[] out = new byte[length - TAG_LENGTH];
        try {
            int n = aead.processBytes(input, offset, length, out, 0);
            aead.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new DecryptionException("XChaCha20-Poly1305 authentication failed", e);
        }
        return out;
    }

    /**
     * HChaCha20 (draft-irtf-cfrg-xchacha §2.2): the ChaCha20 block function without the final addition,
     * keeping words 0-3 and 12-15. Visible for the known-answer test.
     */
    static byte[] hChaCha20(byte[] key, byte[] nonce16) {
        int[] state = new int[16];
        System.arraycopy(SIGMA, 0, state, 0, 4);
        Pack.littleEndianToInt(key, 0, state, 4, 8);
        Pack.littleEndianToInt(nonce16, 0, state, 12, 4);
        int[] x = new int[16];
        ChaChaEngine.chachaCore(ROUNDS, state, x);
        // chachaCore adds the input state to the permuted state (the ChaCha20 block function); HChaCha20 wants
        // the permutation alone, so subtract it again, as XSalsa20Engine does for HSalsa20.
        byte[] subkey = new byte[KEY_LENGTH];
        for (int i = 0; i < 4; i++) {
            Pack.intToLittleEndian(x[i] - state[i], subkey, 4 * i);
            Pack.intToLittleEndian(x[12 + i] - state[12 + i], subkey, 16 + 4 * i);
        }
        return subkey;
    }

    private static ChaCha20Poly1305 init(boolean forEncryption, byte[] key, byte[] nonce, byte[] aad) {
        if (key == null || key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("XChaCha20-Poly1305 key must be " + KEY_LENGTH + " bytes");
        }
        if (nonce == null || nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("XChaCha20-Poly1305 nonce must be " + NONCE_LENGTH + " bytes");
        }
        byte[] subkey = hChaCha20(key, nonce);
        byte[] ietfNonce = new byte[12];
        System.arraycopy(nonce, HCHACHA_NONCE_LENGTH, ietfNonce, 4, 8);
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        aead.init(forEncryption, new AEADParameters(new KeyParameter(subkey), 8 * TAG_LENGTH, ietfNonce,
                aad == null ? NO_AAD : aad));
        Arrays.fill(subkey, (byte) 0);
        return aead;
    }
}
