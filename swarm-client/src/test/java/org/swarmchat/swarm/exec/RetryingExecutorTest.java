package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.ClockOutOfSyncException;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.OnionPathException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.transport.Deadline;

/** The retrying layer acts on each failure's decision, within the attempt budget and the deadline. */
class RetryingExecutorTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger resyncs = new AtomicInteger();
    private final Deque<Object> script = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();

    private RetryingExecutor<String, String> executor(int maxAttempts) {
        RequestExecutor<String, String> next = (request, deadline) -> {
            calls.incrementAndGet();
            Object step = script.isEmpty() ? "ok" : script.poll();
            if (step instanceof SwarmException e) {
                throw e;
            }
            return (String) step;
        };
        return new RetryingExecutor<>(next, maxAttempts, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
                deadline -> resyncs.incrementAndGet(), new SplittableRandom(3), pauses::add);
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(30));
    }

    @Test
    void transientFailuresAreRetriedWithGrowingPauses() throws Exception {
        script.add(new SnodeUnreachableException(TestNodes.node(1), "down", null));
        script.add(new OnionPathException(TestNodes.nodes(3), "path timed out", null));
        script.add(new SwarmUnavailableException("05", "all busy", null));
        script.add("stored");

        assertThat(executor(4).execute("req", soon())).isEqualTo("stored");

        assertThat(calls).hasValue(4);
        assertThat(pauses).hasSize(3);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(pauses.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void whenAttemptsRunOutTheLastFailureIsThrownAsItIs() {
        for (int i = 0; i < 5; i++) {
            script.add(new SwarmUnavailableException("05", "attempt " + i, null));
        }

        assertThatThrownBy(() -> executor(3).execute("req", soon()))
                .isInstanceOf(SwarmUnavailableException.class).hasMessage("attempt 2");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aRefusedRequestIsNotRetried() {
        script.add(new SnodeRequestException(401, "bad signature", "retrieve refused with 401"));

        assertThatThrownBy(() -> executor(4).execute("req", soon())).isInstanceOf(SnodeRequestException.class);
        assertThat(calls).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aClockRejectionResyncsOnceAndRetriesAtOnce() throws Exception {
        script.add(new ClockOutOfSyncException("2 members reject our timestamps"));
        script.add("stored");

        assertThat(executor(1).execute("req", soon())).isEqualTo("stored");

        assertThat(resyncs).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aSecondClockRejectionIsFinal() {
        script.add(new ClockOutOfSyncException("first"));
        script.add(new SnodeRequestException(406, "Timestamp error: check your clock", "406"));

        assertThatThrownBy(() -> executor(4).execute("req", soon()))
                .isInstanceOf(ClockOutOfSyncException.class).hasMessageContaining("after re-syncing");
        assertThat(resyncs).hasValue(1);
    }

    @Test
    void theDeadlineStopsRetriesAndNamesTheLastFailure() {
        for (int i = 0; i < 10; i++) {
            script.add(new SnodeUnreachableException(TestNodes.node(1), "node 1 refused", null));
        }
        RetryingExecutor<String, String> executor = new RetryingExecutor<>((r, d) -> {
            throw (SwarmException) script.poll();
        }, 10, new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(10)), d -> { }, new SplittableRandom(1),
                Sleeper.SYSTEM);

        assertThatThrownBy(() -> executor.execute("req", Deadline.after(Duration.ofSeconds(2))))
                .isInstanceOf(DeadlineExceededException.class).hasMessageContaining("node 1 refused")
                .hasCauseInstanceOf(SnodeUnreachableException.class);
    }

    @Test
    void aStartedCallCanBeCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        RetryingExecutor<String, String> executor = new RetryingExecutor<>((r, d) -> {
            started.countDown();
            throw new SwarmUnavailableException("05", "busy", null);
        }, 100, new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30)), d -> { }, new SplittableRandom(1),
                Sleeper.SYSTEM);

        RetryCall<String> call = executor.start("req", soon(), Thread.ofVirtual().factory());
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        call.cancel();

        assertThatThrownBy(() -> call.result().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RequestCancelledException.class);
    }
}
