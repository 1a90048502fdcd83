package org.swarmchat.crypto.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.util.Pack;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * libsodium's anonymous sealed box ({@code crypto_box_seal} / {@code crypto_box_seal_open}) composed from
 * Bouncy Castle primitives: {@code ephemeral_pk(32) || poly1305_tag(16) || xsalsa20_ciphertext}, where the
 * box key is HSalsa20 of the X25519 secret between the ephemeral key and the recipient (libsodium's
 * {@code crypto_box_beforenm}) and the nonce is BLAKE2b-192 of {@code ephemeral_pk || recipient_pk}.
 *
 * <p>Internal to the crypto module: code outside it seals through {@code message.MessageSealer}. It is
 * public only because Java packages have no "friends"; do not depend on it from other modules.
 */
public final class SealedBox {
    /** Bytes a sealed box adds to its message: the ephemeral public key and the Poly1305 tag. */
    public static final int OVERHEAD = 32 + 16;

    private static final int KEY_LENGTH = 32;
    private static final int NONCE_LENGTH = 24;
    private static final int TAG_LENGTH = 16;
    private static final byte[] HSALSA20_ZERO_NONCE = new byte[16];
    // "expand 32-byte k" as little-endian words, the Salsa20 constants libsodium's HSalsa20 uses.
    private static final int[] SIGMA = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};

    private SealedBox() {
    }

    /**
     * Seals {@code message} to {@code recipient} under a fresh ephemeral key drawn from {@code random}.
     *
     * @throws IllegalArgumentException when the recipient key is of small order (libsodium fails too)
     */
    public static byte[] seal(byte[] message, X25519PublicKey recipient, SecureRandom random) {
        return sealWith(message, recipient, X25519KeyPair.generate(random));
    }

    /**
     * Seals with the given ephemeral key pair. Only for reproducible output (Session's deterministic
     * variant and test vectors): reusing an ephemeral key for two messages to one recipient reuses the nonce.
     *
     * @throws IllegalArgumentException when the recipient key is of small order
     */
    public static byte[] sealWith(byte[] message, X25519PublicKey recipient, X25519KeyPair ephemeral) {
        byte[] ephemeralPk = ephemeral.publicKey().bytes();
        byte[] shared;
        try {
            shared = ephemeral.agree(recipient);
        } catch (DecryptionException e) {
            throw new IllegalArgumentException("recipient X25519 key is of small order", e);
        }
        byte[] key = boxKey(shared);
        byte[] out = new byte[OVERHEAD + message.length];
        System.arraycopy(ephemeralPk, 0, out, 0, KEY_LENGTH);
        XSalsa20Engine cipher = cipher(key, nonce(ephemeralPk, recipient.bytes()));
        byte[] macKey = firstKeystreamBlock(cipher);
        cipher.processBytes(message, 0, message.length, out, OVERHEAD);
        tag(macKey, out, OVERHEAD, message.length, out, KEY_LENGTH);
        Arrays.fill(key, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
        return out;
    }

    /**
     * Opens a sealed box addressed to {@code own}.
     *
     * @throws DecryptionException when the box is shorter than {@link #OVERHEAD}, its ephemeral key is of
     *     small order, or the tag does not verify (wrong recipient or altered bytes)
     */
    public static byte[] open(byte[] box, X25519KeyPair own) throws DecryptionException {
        if (box == null || box.length < OVERHEAD) {
            throw new DecryptionException("sealed box is too short");
        }
        byte[] ephemeralPk = Arrays.copyOf(box, KEY_LENGTH);
        byte[] key = boxKey(own.agree(X25519PublicKey.of(ephemeralPk)));
        XSalsa20Engine cipher = cipher(key, nonce(ephemeralPk, own.publicKey().bytes()));
        byte[] macKey = firstKeystreamBlock(cipher);
        int length = box.length - OVERHEAD;
        byte[] expected = new byte[TAG_LENGTH];
        tag(macKey, box, OVERHEAD, length, expected, 0);
        Arrays.fill(key, (byte) 0);
        Arrays.fill(macKey, (byte) 0);
        // MessageDigest.isEqual takes the same time wherever the first difference is.
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(box, KEY_LENGTH, OVERHEAD))) {
            throw new DecryptionException("sealed box authentication failed");
        }
        byte[] message = new byte[length];
        cipher.processBytes(box, OVERHEAD, length, message, 0);
        return message;
    }

    /** libsodium's sealed-box nonce: BLAKE2b with a 24-byte digest of {@code ephemeral_pk || recipient_pk}. */
    private static byte[] nonce(byte[] ephemeralPk, byte[] recipientPk) {
        Blake2bDigest blake = new Blake2bDigest(NONCE_LENGTH * 8);
        blake.update(ephemeralPk, 0, ephemeralPk.length);
        blake.update(recipientPk, 0, recipientPk.length);
        byte[] nonce = new byte[NONCE_LENGTH];
        blake.doFinal(nonce, 0);
        return nonce;
    }

    /**
     * {@code crypto_box_beforenm}: HSalsa20(shared, 16 zero bytes). HSalsa20 is the Salsa20 core without its
     * final feed-forward addition, so the input words are subtracted again, as Bouncy Castle's XSalsa20 does.
     */
    private static byte[] boxKey(byte[] shared) {
        int[] input = new int[16];
        input[0] = SIGMA[0];
        input[5] = SIGMA[1];
        input[10] = SIGMA[2];
        input[15] = SIGMA[3];
        Pack.littleEndianToInt(shared, 0, input, 1, 4);
        Pack.littleEndianToInt(HSALSA20_ZERO_NONCE, 0, input, 6, 4);
        Pack.littleEndianToInt(shared, 16, input, 11, 4);
        int[] x = new int[16];
        Salsa20Engine.salsaCore(20, input, x);
        int[] words = {
            x[0] - input[0], x[5] - input[5], x[10] - input[10], x[15] - input[15],
            x[6] - input[6], x[7] - input[7], x[8] - input[8], x[9] - input[9],
        };
        byte[] key = new byte[KEY_LENGTH];
        Pack.intToLittleEndian(words, key, 0);
        Arrays.fill(shared, (byte) 0);
        Arrays.fill(x, 0);
        Arrays.fill(input, 0);
        return key;
    }

    private static XSalsa20Engine cipher(byte[] key, byte[] nonce) {
        XSalsa20Engine cipher = new XSalsa20Engine();
        cipher.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        return cipher;
    }

    /** crypto_secretbox takes its one-time Poly1305 key from the first 32 keystream bytes. */
    private static byte[] firstKeystreamBlock(XSalsa20Engine cipher) {
        byte[] macKey = new byte[KEY_LENGTH];
        cipher.processBytes(macKey, 0, KEY_LENGTH, macKey, 0);
        return macKey;
    }

    private static void tag(byte[] macKey, byte[] data, int offset, int length, byte[] out, int outOffset) {
        Poly1305 mac = new Poly1305();
        mac.init(new KeyParameter(macKey));
        mac.update(data, offset, length);
        mac.doFinal(out, outOffset);
    }
}
