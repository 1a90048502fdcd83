package org.swarmchat.crypto.message;

/** Sizes the storage server enforces on a stored message (SPEC §3.4.1). */
final class WireLimits {
    /** The largest base64-decoded {@code data} a storage node stores. */
    static final int MAX_DATA_BYTES = 76_800;
    /** The base64 length of {@link #MAX_DATA_BYTES}. */
    static final int MAX_BASE64_CHARS = 102_400;
    /** Sealed-box ciphertext overhead over the padded content: box (48) + sender key (32) + signature (64). */
    static final int ENCRYPTION_OVERHEAD = 48 + 32 + 64;

    private WireLimits() {
    }
}
