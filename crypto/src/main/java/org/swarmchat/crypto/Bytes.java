package org.swarmchat.crypto;

import java.util.Arrays;

/** Small helpers for the fixed-length byte strings the keys are made of. */
final class Bytes {
    private Bytes() {
    }

    static byte[] requireLength(byte[] bytes, int length, String what) {
        if (bytes == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + bytes.length);
        }
        return bytes.clone();
    }

    static byte[] copy(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length);
    }
}
