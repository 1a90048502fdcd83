package org.swarmchat.devnet.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The storage server's per-client-IP token bucket for direct requests (SPEC §3.1): 600 tokens, refilled at 300 a
 * second; a request without a token gets 429. On the devnet every client is 127.0.0.1, so the bucket is shared by
 * all local clients of one node. Thread-safe.
 */
final class RateLimiter {
    static final double CAPACITY = 600;
    static final double REFILL_PER_SECOND = 300;

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes a token for {@code ip}; false if there is none. */
    boolean tryAcquire(String ip) {
        return buckets.computeIfAbsent(ip, k -> new Bucket(nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens = CAPACITY;
        private long last;

        Bucket(long now) {
            this.last = now;
        }

        synchronized boolean take(long now) {
            tokens = Math.min(CAPACITY, tokens + (now - last) / 1e9 * REFILL_PER_SECOND);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
