package org.swarmchat.bench.store;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of repeated runs, in milliseconds. */
final class Timings {
    private final double[] millis;
    private int n;

    Timings(int capacity) {
        millis = new double[capacity];
    }

    void add(long nanos) {
        millis[n++] = nanos / 1e6;
    }

    double percentile(int p) {
        double[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.2f ms, p90 %.2f ms, max %.2f ms (%d runs)", percentile(50),
                percentile(90), percentile(100), n);
    }
}
