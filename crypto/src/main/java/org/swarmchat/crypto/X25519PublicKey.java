package org.swarmchat.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;

/** An X25519 (Curve25519 Montgomery u-coordinate) public key: 32 bytes. Immutable. */
public final class X25519PublicKey {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private X25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static X25519PublicKey of(byte[] bytes) {
        return new X25519PublicKey(Bytes.requireLength(bytes, LENGTH, "X25519 public key"));
    }

    /** Parses 64 hex characters. */
    public static X25519PublicKey fromHex(String hex) {
        return of(HexCodec.decode(hex, LENGTH, "X25519 public key"));
    }

    public byte[] bytes() {
        return Bytes.copy(bytes);
    }

    /** The key bytes without a copy, for the crypto package's own hot paths. Never modify. */
    byte[] unsafeBytes() {
        return bytes;
    }

    public String hex() {
        return Hex.toHexString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X25519PublicKey other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "X25519PublicKey[" + hex() + "]";
    }
}
