package org.swarmchat.crypto.message;

import java.util.Arrays;

/**
 * The padding of a 1:1 {@code Content} before encryption (SPEC §5.6), so that message lengths only show in
 * steps of 160 bytes.
 */
final class Padding {
    static final int BLOCK = 160;
    private static final byte TERMINATOR = (byte) 0x80;

    private Padding() {
    }

    /**
     * Current libsession form: {@code content || 0x80 || 0x00...} to the next multiple of 160. A whole extra
     * block is added when {@code content.length + 1} is already a multiple, as libsession's pad_message does.
     */
    static byte[] pad(byte[] content) {
        int withTerminator = content.length + 1;
        int padded = withTerminator + (BLOCK - withTerminator % BLOCK);
        byte[] out = Arrays.copyOf(content, padded);
        out[content.length] = TERMINATOR;
        return out;
    }

    /**
     * Removes the current padding and the legacy desktop form (total {@code 160k - 1}) alike: strips trailing
     * zero bytes, then one {@code 0x80}. Like libsession, stops at the first byte that is neither, treating
     * the rest as unpadded.
     */
    static byte[] unpad(byte[] padded) {
        int end = padded.length;
        while (end > 0) {
            byte b = padded[end - 1];
            if (b != 0 && b != TERMINATOR) {
                break;
            }
            end--;
            if (b == TERMINATOR) {
                break;
            }
        }
        return Arrays.copyOf(padded, end);
    }
}
