package org.swarmchat.crypto.message;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.KeyConversion;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.internal.SealedBox;

/**
 * Session's signed sealed box (SPEC §5.2, §5.3; libsession {@code encrypt_for_recipient} and
 * {@code decrypt_incoming}): {@code crypto_box_seal(M || A || sig, Y)} with {@code sig} the sender's Ed25519
 * signature over {@code M || A || Y}, {@code A} the sender's Ed25519 key and {@code Y} the recipient's X25519 key.
 */
final class SessionBox {
    private static final int KEY = 32;
    private static final int SIG = Ed25519KeyPair.SIGNATURE_LENGTH;
    /** The key of libsession's keyed BLAKE2b for the deterministic ephemeral seed. */
    private static final byte[] EPHEMERAL_HASH_KEY = "SessionBoxEphemeralHashKey".getBytes(StandardCharsets.US_ASCII);

    /** An opened, verified box: {@code M}, {@code A} and the Account ID made from {@code A}. */
    record Opened(byte[] message, Ed25519PublicKey sender, AccountId senderAccount) {
    }

    private SessionBox() {
    }

    /** Signs and seals {@code message} under a random ephemeral key. */
    static byte[] encrypt(Ed25519KeyPair sender, X25519PublicKey recipient, byte[] message, SecureRandom random) {
        return SealedBox.seal(signed(sender, recipient, message), recipient, random);
    }

    /**
     * libsession's {@code encrypt_for_recipient_deterministic}: the ephemeral seed is the keyed BLAKE2b-256
     * ({@code key = "SessionBoxEphemeralHashKey"}) of {@code sender_seed || Y || M}, and the ephemeral key pair
     * is libsodium's {@code crypto_box_seed_keypair} of it. Equal inputs give equal ciphertexts, which is what
     * the test vectors need.
     */
    static byte[] encryptDeterministic(Ed25519KeyPair sender, X25519PublicKey recipient, byte[] message) {
        Blake2bDigest blake = new Blake2bDigest(EPHEMERAL_HASH_KEY, KEY, null, null);
        byte[] seed = sender.seed();
        byte[] y = recipient.bytes();
        blake.update(seed, 0, seed.length);
        blake.update(y, 0, y.length);
        blake.update(message, 0, message.length);
        byte[] ephemeralSeed = new byte[KEY];
        blake.doFinal(ephemeralSeed, 0);
        Arrays.fill(seed, (byte) 0);
        // crypto_box_seed_keypair: sk = SHA-512(seed)[0..32]; X25519 clamps it either way.
        X25519KeyPair ephemeral = X25519KeyPair.fromPrivateKey(KeyConversion.toX25519PrivateKey(ephemeralSeed));
        Arrays.fill(ephemeralSeed, (byte) 0);
        return SealedBox.sealWith(signed(sender, recipient, message), recipient, ephemeral);
    }

    /**
     * Opens and verifies, as {@code decrypt_incoming}. The sender key must also have an X25519 form, since
     * the sender's Account ID is made from it.
     *
     * @throws DecryptionException when the ciphertext is too short or does not open with {@code own}
     * @throws InvalidSignatureException when the signature over {@code M || A || own_pk} does not verify, or
     *     {@code A} is not a usable Ed25519 key
     */
    static Opened decrypt(X25519KeyPair own, byte[] ciphertext)
            throws DecryptionException, InvalidSignatureException {
        if (ciphertext == null || ciphertext.length < SealedBox.OVERHEAD + KEY + SIG) {
            throw new DecryptionException("ciphertext is too short for a signed sealed box");
        }
        byte[] inner = SealedBox.open(ciphertext, own);
        int m = inner.length - KEY - SIG;
        // Reuse the buffer as M || A || Y for verification, as libsession does.
        byte[] signature = Arrays.copyOfRange(inner, m + KEY, inner.length);
        System.arraycopy(own.publicKey().bytes(), 0, inner, m + KEY, KEY);
        Ed25519PublicKey sender = Ed25519PublicKey.of(Arrays.copyOfRange(inner, m, m + KEY));
        X25519PublicKey senderX = sender.verifyAndConvert(signature, inner, 0, m + KEY + KEY).orElseThrow(
                () -> new InvalidSignatureException("message signature does not verify with the sender's key"));
        return new Opened(Arrays.copyOf(inner, m), sender, AccountId.of(senderX));
    }

    /** {@code M || A || sig} where {@code sig} signs {@code M || A || Y}. */
    private static byte[] signed(Ed25519KeyPair sender, X25519PublicKey recipient, byte[] message) {
        int m = message.length;
        byte[] buf = Arrays.copyOf(message, m + KEY + SIG);
        System.arraycopy(sender.publicKey().bytes(), 0, buf, m, KEY);
        System.arraycopy(recipient.bytes(), 0, buf, m + KEY, KEY);
        byte[] sig = sender.sign(buf, 0, m + KEY + KEY);
        System.arraycopy(sig, 0, buf, m + KEY, SIG);
        return buf;
    }
}
