package org.swarmchat.devnet.node;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.util.encoders.Hex;

/**
 * A pubkey on the storage RPC: a type byte (05 account, 03 group, ...) and 32 key bytes, written as 66 hex
 * characters (SPEC §0). Immutable.
 */
final class UserPubkey {
    private final byte[] bytes;
    private final String hex;

    private UserPubkey(byte[] bytes) {
        this.bytes = bytes;
        this.hex = Hex.toHexString(bytes);
    }

    /** The pubkey of 66 hex characters, or empty if {@code text} is anything else. */
    static Optional<UserPubkey> parse(String text) {
        if (text == null || text.length() != 66) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (hexValue(text.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new UserPubkey(Hex.decode(text)));
    }

    /**
     * The value of an ASCII hex digit, or -1. Not {@code Character.digit}, which also takes fullwidth and other
     * Unicode digits that no hex decoder (Bouncy Castle's here, oxenc's on the real server) accepts.
     */
    static int hexValue(char c) {
        return c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
    }

    /** The type byte. */
    int type() {
        return bytes[0] & 0xff;
    }

    /** All 33 bytes, type byte first. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** The 32 key bytes without the type byte. */
    byte[] key() {
        return Arrays.copyOfRange(bytes, 1, 33);
    }

    /** Lower-case hex of all 33 bytes. */
    String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserPubkey p && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex;
    }
}
