package org.swarmchat.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.util.encoders.Hex;

/** An Ed25519 public key: 32 bytes, RFC 8032 encoding. Immutable. */
public final class Ed25519PublicKey {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private Ed25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps 32 bytes. Does not check that they decode to a curve point; {@link #isValidPoint()} does. */
    public static Ed25519PublicKey of(byte[] bytes) {
        return new Ed25519PublicKey(Bytes.requireLength(bytes, LENGTH, "Ed25519 public key"));
    }

    /** Parses 64 hex characters. */
    public static Ed25519PublicKey fromHex(String hex) {
        return of(HexCodec.decode(hex, LENGTH, "Ed25519 public key"));
    }

    /** Whether the bytes are a canonical point of the prime-order subgroup (what libsodium accepts). */
    public boolean isValidPoint() {
        return Ed25519.validatePublicKeyFull(bytes, 0);
    }

    /** Verifies an Ed25519 signature over {@code message}. */
    public boolean verify(byte[] signature, byte[] message) {
        return verify(signature, message, 0, message.length);
    }

    /** Verifies an Ed25519 signature over {@code message[offset, offset + length)}. */
    public boolean verify(byte[] signature, byte[] message, int offset, int length) {
        if (signature == null || signature.length != Ed25519KeyPair.SIGNATURE_LENGTH) {
            return false;
        }
        return Ed25519.verify(signature, 0, bytes, 0, message, offset, length);
    }

    /**
     * Verifies as libsodium's {@code crypto_sign_verify_detached} followed by
     * {@code crypto_sign_ed25519_pk_to_curve25519} would accept: the key must be a canonical point of the
     * prime-order subgroup and the signature over {@code message[offset, offset + length)} valid. The point is
     * decoded and checked once for both steps.
     *
     * @return the key's X25519 form, or empty when the key or the signature is not valid
     */
    public Optional<X25519PublicKey> verifyAndConvert(byte[] signature, byte[] message, int offset, int length) {
        if (signature == null || signature.length != Ed25519KeyPair.SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(bytes, 0);
        if (point == null || !Ed25519.verify(signature, 0, point, message, offset, length)) {
            return Optional.empty();
        }
        return Optional.of(KeyConversion.montgomeryU(bytes));
    }

    public byte[] bytes() {
        return Bytes.copy(bytes);
    }

    public String hex() {
        return Hex.toHexString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + hex() + "]";
    }
}
