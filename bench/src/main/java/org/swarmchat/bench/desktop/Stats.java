package org.swarmchat.bench.desktop;

import java.util.List;
import java.util.Locale;

/** Median, 99th percentile and maximum of a list of milliseconds, as one line. */
final class Stats {
    private Stats() {
    }

    /** {@code "median M ms, p99 P ms, max X ms (n N)"}. */
    static String of(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "no samples";
        }
        double median = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        return String.format(Locale.ROOT, "median %.1f ms, p99 %.1f ms, max %.1f ms (n %d)", median, p99,
                sorted.getLast(), sorted.size());
    }
}
