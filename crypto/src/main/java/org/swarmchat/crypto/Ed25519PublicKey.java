package org.swarmchat.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
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
        return org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyFull(bytes, 0);
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
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, bytes, 0, message, offset, length);
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
