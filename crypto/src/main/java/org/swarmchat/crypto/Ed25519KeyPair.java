package org.swarmchat.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 key pair made from a 32-byte seed, as libsodium's {@code crypto_sign_seed_keypair} makes it.
 * The seed is the secret; libsodium's 64-byte secret key is {@code seed || publicKey}.
 */
public final class Ed25519KeyPair {
    public static final int SEED_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] seed;
    /** Kept to hand to every signature: without it Bouncy Castle derives it again, half a signature's cost. */
    private final byte[] publicKeyBytes;
    private final Ed25519PublicKey publicKey;

    private Ed25519KeyPair(byte[] seed) {
        this.seed = seed;
        this.publicKeyBytes = new byte[Ed25519PublicKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, publicKeyBytes, 0);
        this.publicKey = Ed25519PublicKey.of(publicKeyBytes.clone());
    }

    /** The key pair of a 32-byte seed. */
    public static Ed25519KeyPair fromSeed(byte[] seed32) {
        return new Ed25519KeyPair(Bytes.requireLength(seed32, SEED_LENGTH, "Ed25519 seed"));
    }

    /** A new random key pair. */
    public static Ed25519KeyPair generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new Ed25519KeyPair(seed);
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /** A copy of the 32-byte seed. Handle with care: it is the whole secret. */
    public byte[] seed() {
        return Bytes.copy(seed);
    }

    /** libsodium's 64-byte secret key form, {@code seed || publicKey}. */
    public byte[] libsodiumSecretKey() {
        byte[] sk = Arrays.copyOf(seed, 64);
        System.arraycopy(publicKey.bytes(), 0, sk, 32, 32);
        return sk;
    }

    /** A deterministic RFC 8032 Ed25519 signature over {@code message}. */
    public byte[] sign(byte[] message) {
        return sign(message, 0, message.length);
    }

    /** A deterministic RFC 8032 Ed25519 signature over {@code message[offset, offset + length)}. */
    public byte[] sign(byte[] message, int offset, int length) {
        byte[] sig = new byte[SIGNATURE_LENGTH];
        Ed25519.sign(seed, 0, publicKeyBytes, 0, message, offset, length, sig, 0);
        return sig;
    }

    /** The X25519 key pair libsodium's ed25519-to-curve25519 conversion gives for this key pair. */
    public X25519KeyPair toX25519() {
        return X25519KeyPair.fromEd25519(this);
    }

    @Override
    public String toString() {
        return "Ed25519KeyPair[" + publicKey.hex() + "]";
    }
}
