package org.swarmchat.swarm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NetworkClockTest {
    private static final Instant LOCAL = Instant.parse("2026-11-23T12:00:00Z");
    private final NetworkClock clock = new NetworkClock(Clock.fixed(LOCAL, ZoneOffset.UTC));

    @Test
    void withoutReportsNetworkTimeIsLocalTime() {
        assertThat(clock.nowMillis()).isEqualTo(LOCAL.toEpochMilli());
        assertThat(clock.offset()).isZero();
    }

    @Test
    void aNodeThatIsAheadMovesNetworkTimeForward() {
        long nodeTime = LOCAL.plusSeconds(90).toEpochMilli();

        assertThat(clock.observe(nodeTime)).isTrue();

        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(90));
        assertThat(clock.nowMillis()).isEqualTo(nodeTime);
    }

    @Test
    void aNodeThatIsBehindMovesNetworkTimeBack() {
        clock.observe(LOCAL.minusSeconds(30).toEpochMilli());

        assertThat(clock.nowMillis()).isEqualTo(LOCAL.minusSeconds(30).toEpochMilli());
    }

    @Test
    void latencySizedDifferencesAreIgnored() {
        assertThat(clock.observe(LOCAL.plusMillis(200).toEpochMilli())).isFalse();
        assertThat(clock.offset()).isZero();
    }

    @Test
    void absurdNodeTimesAreIgnored() {
        assertThat(clock.observe(0)).isFalse();
        assertThat(clock.observe(1_700_000_000L)).isFalse(); // seconds, not milliseconds
        assertThat(clock.observe(Long.MAX_VALUE)).isFalse();
        assertThat(clock.offset()).isZero();
    }
}
