package org.swarmchat.devnet.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The storage server's per-client-IP token bucket for direct requests (SPEC §3.1), by default 600 tokens refilled
 * at 300 a second; a request without a token gets 429. On the devnet every client is 127.0.0.1, so the bucket is
 * shared by all local clients of one node. Thread-safe.
 */
final class RateLimiter {
    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for {@code ip}; false if there is none. */
    boolean tryAcquire(String ip) {
        return buckets.computeIfAbsent(ip, k -> new Bucket(limit.capacity(), nanoTime.getAsLong()))
                .take(nanoTime.getAsLong(), limit);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(long now, RateLimit limit) {
            tokens = Math.min(limit.capacity(), tokens + (now - last) / 1e9 * limit.perSecond());
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
