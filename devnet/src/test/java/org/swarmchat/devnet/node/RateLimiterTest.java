package org.swarmchat.devnet.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aBucketEmptiesAndRefillsPerIp() {
        AtomicLong nanos = new AtomicLong();
        RateLimiter limiter = new RateLimiter(new RateLimit(600, 300), nanos::get);
        for (int i = 0; i < 600; i++) {
            assertThat(limiter.tryAcquire("127.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAcquire("127.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.1")).as("another IP has its own bucket").isTrue();
        nanos.addAndGet(10_000_000L); // 10 ms: 3 tokens
        assertThat(limiter.tryAcquire("127.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("127.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("127.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("127.0.0.1")).isFalse();
        nanos.addAndGet(60_000_000_000L);
        for (int i = 0; i < 600; i++) {
            assertThat(limiter.tryAcquire("127.0.0.1")).as("never more than the capacity").isTrue();
        }
        assertThat(limiter.tryAcquire("127.0.0.1")).isFalse();
    }

    @Test
    void limitsAreChecked() {
        assertThatThrownBy(() -> new RateLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
