package org.swarmchat.crypto;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc7748.X25519;

/** An X25519 key pair. The private scalar is kept clamped, as libsodium keeps it. */
public final class X25519KeyPair {
    public static final int PRIVATE_KEY_LENGTH = 32;

    private final byte[] privateKey;
    private final X25519PublicKey publicKey;

    private X25519KeyPair(byte[] privateKey, X25519PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The pair of a 32-byte private scalar (clamped by X25519 itself when used). */
    public static X25519KeyPair fromPrivateKey(byte[] privateKey) {
        byte[] sk = Bytes.requireLength(privateKey, PRIVATE_KEY_LENGTH, "X25519 private key");
        byte[] pk = new byte[X25519PublicKey.LENGTH];
        X25519.generatePublicKey(sk, 0, pk, 0);
        return new X25519KeyPair(sk, X25519PublicKey.of(pk));
    }

    /** A new random key pair, such as the ephemeral key of a sealed box or an onion layer. */
    public static X25519KeyPair generate(SecureRandom random) {
        byte[] sk = new byte[PRIVATE_KEY_LENGTH];
        random.nextBytes(sk);
        return fromPrivateKey(sk);
    }

    /**
     * libsodium's {@code crypto_sign_ed25519_sk_to_curve25519}: the first 32 bytes of SHA-512(seed), clamped.
     * The public key equals {@link KeyConversion#toX25519(Ed25519PublicKey)} of the Ed25519 public key.
     */
    static X25519KeyPair fromEd25519(Ed25519KeyPair ed) {
        return fromPrivateKey(KeyConversion.toX25519PrivateKey(ed.seed()));
    }

    public X25519PublicKey publicKey() {
        return publicKey;
    }

    /** A copy of the private scalar. */
    public byte[] privateKey() {
        return Bytes.copy(privateKey);
    }

    /**
     * The X25519 shared secret with {@code peer}.
     *
     * @throws DecryptionException when the result is all zero (the peer key is of small order)
     */
    public byte[] agree(X25519PublicKey peer) throws DecryptionException {
        byte[] shared = new byte[32];
        if (!X25519.calculateAgreement(privateKey, 0, peer.unsafeBytes(), 0, shared, 0)) {
            throw new DecryptionException("X25519 agreement with a small-order public key");
        }
        return shared;
    }

    @Override
    public String toString() {
        return "X25519KeyPair[" + publicKey.hex() + "]";
    }
}
