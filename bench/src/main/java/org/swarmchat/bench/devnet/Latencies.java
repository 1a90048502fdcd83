package org.swarmchat.bench.devnet;

import java.util.Arrays;

/** Request latencies in nanoseconds, appended by one thread, merged and ranked at the end. Not thread-safe. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    int size() {
        return size;
    }

    /** All of these and {@code other}'s, in one. */
    Latencies merge(Latencies other) {
        Latencies out = new Latencies();
        out.nanos = Arrays.copyOf(nanos, size + other.size);
        System.arraycopy(other.nanos, 0, out.nanos, size, other.size);
        out.size = size + other.size;
        return out;
    }

    /** The latency below which {@code percent} of the values lie, in milliseconds; 0 if there are none. */
    double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * size) - 1;
        return sorted[Math.clamp(rank, 0, size - 1)] / 1e6;
    }
}
