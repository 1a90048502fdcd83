package org.swarmchat.bench.devnet;

import java.util.ArrayList;
import java.util.List;

/**
 * What one store worker saw: stores every swarm member confirmed, stores some member failed, requests that failed
 * outright, the latency of each confirmed store, and the hashes of confirmed stores for the replica check. Filled
 * by one thread, merged afterwards. Not thread-safe.
 */
final class StoreTally {
    Latencies latencies = new Latencies();
    final List<StoredSample> stored = new ArrayList<>();
    long replicated;
    long partial;
    long failed;
    String firstFailure;

    /** A store every member confirmed: which account, which hash. */
    record StoredSample(BenchAccount account, String hash) {
    }

    void fail(String why) {
        failed++;
        if (firstFailure == null) {
            firstFailure = why;
        }
    }

    /** This tally and {@code other}'s together. */
    StoreTally merge(StoreTally other) {
        StoreTally out = new StoreTally();
        out.replicated = replicated + other.replicated;
        out.partial = partial + other.partial;
        out.failed = failed + other.failed;
        out.firstFailure = firstFailure != null ? firstFailure : other.firstFailure;
        out.stored.addAll(stored);
        out.stored.addAll(other.stored);
        out.latencies = latencies.merge(other.latencies);
        return out;
    }
}
