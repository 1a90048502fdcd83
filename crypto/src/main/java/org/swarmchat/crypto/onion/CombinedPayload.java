package org.swarmchat.crypto.onion;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The layout of every onion hop's body and decrypted layer (SPEC §4.3):
 * {@code uint32 N (little-endian) || N bytes blob || UTF-8 JSON}. The blob is the next layer's ciphertext (or,
 * at the destination, the RPC request); the JSON tells the hop what to do with it. This class only splits and
 * joins; parsing the JSON is the caller's business. Immutable.
 */
public final class CombinedPayload {
    private static final int LENGTH_PREFIX = 4;

    private final byte[] blob;
    private final String json;

    private CombinedPayload(byte[] blob, String json) {
        this.blob = blob;
        this.json = json;
    }

    /**
     * Joins {@code blob} and the UTF-8 JSON text {@code jsonUtf8} into {@code [len(blob)] || blob || json}.
     * The JSON bytes are copied as they are, not checked.
     */
    public static byte[] encode(byte[] blob, byte[] jsonUtf8) {
        byte[] out = new byte[LENGTH_PREFIX + blob.length + jsonUtf8.length];
        int n = blob.length;
        out[0] = (byte) n;
        out[1] = (byte) (n >>> 8);
        out[2] = (byte) (n >>> 16);
        out[3] = (byte) (n >>> 24);
        System.arraycopy(blob, 0, out, LENGTH_PREFIX, n);
        System.arraycopy(jsonUtf8, 0, out, LENGTH_PREFIX + n, jsonUtf8.length);
        return out;
    }

    /**
     * Splits a combined payload. The JSON part may be empty here (the JSON parser of the caller then rejects
     * it), but it must be valid UTF-8.
     *
     * @throws MalformedOnionException if {@code payload} is shorter than the 4-byte length, the length is larger
     *     than the bytes that follow it, or the JSON part is not valid UTF-8
     */
    public static CombinedPayload decode(byte[] payload) throws MalformedOnionException {
        if (payload == null || payload.length < LENGTH_PREFIX) {
            throw new MalformedOnionException("onion payload of " + (payload == null ? 0 : payload.length)
                    + " bytes is too short for its 4-byte length prefix");
        }
        long n = (payload[0] & 0xffL) | (payload[1] & 0xffL) << 8 | (payload[2] & 0xffL) << 16
                | (payload[3] & 0xffL) << 24;
        long remaining = payload.length - LENGTH_PREFIX;
        if (n > remaining) {
            throw new MalformedOnionException(
                    "onion payload announces a blob of " + n + " bytes but only " + remaining + " follow");
        }
        int blobEnd = LENGTH_PREFIX + (int) n;
        byte[] blob = Arrays.copyOfRange(payload, LENGTH_PREFIX, blobEnd);
        return new CombinedPayload(blob, Utf8.decodeStrict(payload, blobEnd, "onion payload JSON"));
    }

    /** A copy of the blob: the next layer's ciphertext, or the RPC request body at the destination. */
    public byte[] blob() {
        return blob.clone();
    }

    /** The length of the blob, without copying it. */
    public int blobLength() {
        return blob.length;
    }

    /** The JSON control part, as text. */
    public String json() {
        return json;
    }

    /** The JSON control part as UTF-8 bytes. */
    public byte[] jsonBytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "CombinedPayload[blob " + blob.length + " bytes, json " + json + "]";
    }
}
