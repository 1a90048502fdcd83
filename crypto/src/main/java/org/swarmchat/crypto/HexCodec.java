package org.swarmchat.crypto;

/** Strict hex decoding with errors that say what is wrong. */
public final class HexCodec {
    private HexCodec() {
    }

    /**
     * Decodes lower- or upper-case hex of exactly {@code 2 * length} characters.
     *
     * @throws IllegalArgumentException naming {@code what}, the expected length, or the first non-hex character
     */
    public static byte[] decode(String hex, int length, String what) {
        if (hex == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (hex.length() != 2 * length) {
            throw new IllegalArgumentException(
                    what + " must be " + (2 * length) + " hex characters, got " + hex.length());
        }
        return decode(hex, what);
    }

    /**
     * Decodes hex of any even length.
     *
     * @throws IllegalArgumentException naming {@code what}: missing, an odd length, or the first non-hex character
     */
    public static byte[] decode(String hex, String what) {
        if (hex == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException(what + " has an odd number of hex characters (" + hex.length() + ")");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((nibble(hex, 2 * i, what) << 4) | nibble(hex, 2 * i + 1, what));
        }
        return out;
    }

    private static int nibble(String hex, int index, String what) {
        char c = hex.charAt(index);
        int v = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
        if (v < 0) {
            throw new IllegalArgumentException(
                    what + " has a non-hex character '" + c + "' at position " + (index + 1));
        }
        return v;
    }
}
