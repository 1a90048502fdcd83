package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** STYLE rule 9: exponential, capped, jittered. */
class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    @Test
    void theNominalPauseDoublesUpToTheCap() {
        assertThat(backoff.nominal(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.nominal(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.nominal(3)).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.nominal(5)).isEqualTo(Duration.ofMillis(4000));
        assertThat(backoff.nominal(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.nominal(1000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterStaysBetweenHalfAndAllOfTheNominalPause() {
        SplittableRandom random = new SplittableRandom(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2000; i++) {
            long d = backoff.delay(3, random).toMillis();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertThat(min).isGreaterThanOrEqualTo(500);
        assertThat(max).isLessThanOrEqualTo(1000);
        assertThat(max - min).as("the pauses actually vary").isGreaterThan(300);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.nominal(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
