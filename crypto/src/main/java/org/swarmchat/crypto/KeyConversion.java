package org.swarmchat.crypto;

import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * libsodium's Ed25519 to X25519 conversions, which Session uses to turn an account's signing key into its
 * Account ID. Bouncy Castle has no such call, so the birational map is written out here on Bouncy Castle's
 * field arithmetic; the point checks are Bouncy Castle's.
 */
public final class KeyConversion {
    private KeyConversion() {
    }

    /**
     * {@code crypto_sign_ed25519_pk_to_curve25519}: u = (1 + y) / (1 - y) mod p. Empty when the key is not a
     * canonical point of the prime-order subgroup, where libsodium fails too.
     */
    public static Optional<X25519PublicKey> toX25519(Ed25519PublicKey edKey) {
        byte[] ed = edKey.bytes();
        if (!org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFull(ed, 0)) {
            return Optional.empty();
        }
        return Optional.of(montgomeryU(ed));
    }

    /**
     * The birational map for a key already validated as a point of the prime-order subgroup, in Bouncy Castle's
     * field arithmetic (an inversion in GF(2^255 - 19)). Such a point has y != 1, so 1 - y is invertible.
     */
    static X25519PublicKey montgomeryU(byte[] validatedEd25519Key) {
        byte[] yBytes = validatedEd25519Key.clone();
        yBytes[31] &= 0x7f; // the sign bit of x is not part of y
        int[] y = X25519Field.create();
        X25519Field.decode(yBytes, 0, y);
        int[] numerator = X25519Field.create();
        int[] denominator = X25519Field.create();
        X25519Field.one(numerator);
        X25519Field.add(numerator, y, numerator);
        X25519Field.one(denominator);
        X25519Field.sub(denominator, y, denominator);
        X25519Field.invVar(denominator, denominator);
        int[] u = X25519Field.create();
        X25519Field.mul(numerator, denominator, u);
        X25519Field.normalize(u);
        byte[] out = new byte[32];
        X25519Field.encode(u, out, 0);
        return X25519PublicKey.of(out);
    }

    /** {@code crypto_sign_ed25519_sk_to_curve25519}: SHA-512(seed)[0..32], clamped. */
    public static byte[] toX25519PrivateKey(byte[] ed25519Seed) {
        byte[] seed = Bytes.requireLength(ed25519Seed, Ed25519KeyPair.SEED_LENGTH, "Ed25519 seed");
        SHA512Digest sha = new SHA512Digest();
        sha.update(seed, 0, seed.length);
        byte[] h = new byte[64];
        sha.doFinal(h, 0);
        byte[] sk = new byte[32];
        System.arraycopy(h, 0, sk, 0, 32);
        sk[0] &= (byte) 248;
        sk[31] &= 127;
        sk[31] |= 64;
        java.util.Arrays.fill(h, (byte) 0);
        return sk;
    }

    /**
     * The X25519 public key of an Ed25519 seed's account, without computing the Ed25519 key pair: the Montgomery
     * ladder on the base point u = 9 with the converted private scalar. Equal to
     * {@code Ed25519KeyPair.fromSeed(seed).toX25519().publicKey()}, and it spares a one-shot command (such as
     * {@code swarmchat id}) Bouncy Castle's fixed-base tables, whose set-up costs far more than one ladder.
     */
    public static X25519PublicKey x25519PublicKeyOfSeed(byte[] ed25519Seed) {
        byte[] sk = toX25519PrivateKey(ed25519Seed);
        byte[] basePoint = new byte[32];
        basePoint[0] = 9;
        byte[] pk = new byte[32];
        X25519.scalarMult(sk, 0, basePoint, 0, pk, 0);
        java.util.Arrays.fill(sk, (byte) 0);
        return X25519PublicKey.of(pk);
    }
}
