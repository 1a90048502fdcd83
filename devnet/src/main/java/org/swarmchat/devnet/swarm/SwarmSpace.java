package org.swarmchat.devnet.swarm;

import java.util.Arrays;

/**
 * The swarm space of SPEC §2.1-2.2: where a pubkey sits on the 64-bit ring, and which swarm is closest to it.
 * Swarm ids and positions are unsigned 64-bit values carried in {@code long}s; every comparison here is unsigned.
 */
public final class SwarmSpace {
    /** Reserved for decommissioned nodes; never the id of a real swarm (SPEC §2.2). */
    public static final long INVALID_SWARM_ID = -1L;

    /** A pubkey on the storage RPC: one type byte and 32 key bytes. */
    public static final int PUBKEY_LENGTH = 33;

    private SwarmSpace() {
    }

    /**
     * The ring position of a 33-byte pubkey: the XOR of the four big-endian 64-bit words of its 32 key bytes. The
     * leading type byte (05, 03, ...) takes no part.
     *
     * @throws IllegalArgumentException if {@code pubkey} is not 33 bytes
     */
    public static long position(byte[] pubkey) {
        if (pubkey == null || pubkey.length != PUBKEY_LENGTH) {
            throw new IllegalArgumentException("a pubkey is " + PUBKEY_LENGTH + " bytes");
        }
        long pos = 0;
        for (int word = 0; word < 4; word++) {
            long w = 0;
            for (int i = 0; i < 8; i++) {
                w = (w << 8) | (pubkey[1 + 8 * word + i] & 0xff);
            }
            pos ^= w;
        }
        return pos;
    }

    /**
     * The swarm responsible for {@code position} among {@code sortedIds}, as oxen-storage-server's
     * {@code get_swarm_by_pk} chooses it: the nearer of the two ring neighbours, ties going to the left one.
     *
     * @param sortedIds swarm ids in ascending unsigned order, without duplicates (see {@link #sort(long[])})
     * @return the chosen swarm id, or {@link #INVALID_SWARM_ID} when there are no swarms
     */
    public static long closest(long[] sortedIds, long position) {
        int n = sortedIds.length;
        if (n == 0) {
            return INVALID_SWARM_ID;
        }
        if (n == 1) {
            return sortedIds[0];
        }
        int right = firstAtLeast(sortedIds, position);
        if (right == n) {
            right = 0;
        }
        int left = right == 0 ? n - 1 : right - 1;
        // Plain subtraction wraps modulo 2^64, which is the ring distance wanted; compare the results unsigned.
        long dright = sortedIds[right] - position;
        long dleft = position - sortedIds[left];
        return Long.compareUnsigned(dright, dleft) < 0 ? sortedIds[right] : sortedIds[left];
    }

    /** A sorted, de-duplicated copy of {@code ids} in ascending unsigned order, as {@link #closest} needs. */
    public static long[] sort(long[] ids) {
        long[] flipped = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            flipped[i] = ids[i] ^ Long.MIN_VALUE; // signed order of the flipped value is unsigned order of the value
        }
        Arrays.sort(flipped);
        long[] out = new long[flipped.length];
        int k = 0;
        for (int i = 0; i < flipped.length; i++) {
            if (i == 0 || flipped[i] != flipped[i - 1]) {
                out[k++] = flipped[i] ^ Long.MIN_VALUE;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Lower-case hex of an id without leading zeros, as {@code get_swarm} writes the {@code swarm} member. */
    public static String hex(long swarmId) {
        return Long.toHexString(swarmId);
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(sorted[mid], value) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
