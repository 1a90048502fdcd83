package org.swarmchat.crypto.keys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The arithmetic of SPEC §6: each 4 bytes, read little-endian as an unsigned 32-bit {@code x}, are three word
 * indices, and the checksum word repeats the data word that a CRC-32 of the words' prefixes points at.
 */
final class MnemonicCodec {
    private static final long N = WordList.SIZE;
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private MnemonicCodec() {
    }

    /** Three word indices for every 4 bytes of {@code data}, whose length must be a multiple of 4. */
    static int[] indicesOf(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int[] indices = new int[data.length / 4 * 3];
        for (int i = 0; i < indices.length; i += 3) {
            long x = Integer.toUnsignedLong(in.getInt());
            long w1 = x % N;
            long w2 = (x / N + w1) % N;
            long w3 = (x / N / N + w2) % N;
            indices[i] = (int) w1;
            indices[i + 1] = (int) w2;
            indices[i + 2] = (int) w3;
        }
        return indices;
    }

    /**
     * The bytes that the first {@code count} indices encode ({@code count} a multiple of 3).
     *
     * @throws InvalidRecoveryPasswordException if a group of three encodes no 32-bit value
     */
    static byte[] bytesOf(int[] indices, int count) throws InvalidRecoveryPasswordException {
        ByteBuffer out = ByteBuffer.allocate(count / 3 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i += 3) {
            long w1 = indices[i];
            long w2 = indices[i + 1];
            long w3 = indices[i + 2];
            long x = w1 + N * Math.floorMod(w2 - w1, N) + N * N * Math.floorMod(w3 - w2, N);
            // In exact arithmetic x mod N is always w1. libsession works in wrapping uint32 and rejects
            // when x mod N != w1 afterwards, which happens exactly when x does not fit in 32 bits (the
            // largest x, N^3 - 1, is below 2^33, and 2^32 mod N = 490), so the range test is that same check.
            if (x > MAX_UINT32) {
                throw InvalidRecoveryPasswordException.invalidWords(i + 1);
            }
            out.putInt((int) x);
        }
        return out.array();
    }

    /**
     * Which of the first {@code count} words the checksum word must repeat: CRC-32 (ISO-HDLC, as zlib) of
     * their concatenated prefixes, modulo {@code count}. Only prefixes count, so a phrase typed with
     * different endings checks the same.
     */
    static int checksumSource(WordList list, int[] indices, int count) {
        StringBuilder prefixes = new StringBuilder(count * WordList.PREFIX_LENGTH);
        for (int i = 0; i < count; i++) {
            prefixes.append(WordList.prefixOf(list.word(indices[i])));
        }
        CRC32 crc = new CRC32();
        crc.update(prefixes.toString().getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() % count);
    }
}
