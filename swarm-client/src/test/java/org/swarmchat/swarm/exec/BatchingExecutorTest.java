package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.GetSwarmRequest;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.SubResponse;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * The batching layer: one {@code batch} per call, sent at once when nothing is in flight to its target, or one for
 * the calls to a target that arrive while a batch to it is in flight.
 */
class BatchingExecutorTest {
    private static final Target SWARM = new Target.Swarm("05" + "11".repeat(32));
    private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean fail;
    private volatile boolean holdFirst;

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Answers each sub-request with its index in the batch, so that slices can be checked. */
    private final RequestExecutor<RoutedCall, BatchReply> echo = (call, deadline) -> {
        JsonNode json = SnodeJson.parse(call.body(), "batch");
        sent.add(json);
        if (holdFirst && sent.size() == 1) {
            awaitRelease();
        }
        if (fail) {
            throw new SwarmUnavailableException("05", "all members down", null);
        }
        List<SubResponse> results = new ArrayList<>();
        for (int i = 0; i < json.path("params").path("requests").size(); i++) {
            results.add(new SubResponse(200, IntNode.valueOf(i)));
        }
        return new BatchReply(TestNodes.node(1), results);
    };

    private BatchingExecutor executor(Duration window) {
        return new BatchingExecutor(echo, new NetworkClock(Clock.systemUTC()), window);
    }

    private static SwarmBatch batch(Target target, int requests) {
        List<SnodeRequest<?>> list = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            list.add(new GetSwarmRequest("05" + String.format("%064x", i)));
        }
        return new SwarmBatch(target, list);
    }

    private static Deadline soon() {
        return Deadline.after(Duration.ofSeconds(10));
    }

    @Test
    void withoutAWindowEveryCallIsItsOwnBatch() throws Exception {
        BatchReply reply = executor(Duration.ZERO).execute(batch(SWARM, 2), soon());

        assertThat(reply.results()).extracting(r -> r.body().asInt()).containsExactly(0, 1);
        assertThat(sent).singleElement().satisfies(j -> {
            assertThat(j.path("method").asText()).isEqualTo("batch");
            assertThat(j.path("params").path("requests").get(1).path("method").asText()).isEqualTo("get_swarm");
        });
    }

    @Test
    void aLoneCallGoesOutAtOnceWithoutWaitingForTheWindow() throws Exception {
        BatchingExecutor executor = executor(Duration.ofSeconds(30));

        Future<BatchReply> call = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));

        assertThat(call.get(5, TimeUnit.SECONDS).results()).hasSize(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void callsToOneTargetWhileABatchIsInFlightShareOneBatchAndEachGetsItsOwnResults() throws Exception {
        BatchingExecutor executor = executor(Duration.ofSeconds(1));
        Future<BatchReply> first = inFlight(executor);
        List<Future<BatchReply>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(threads.submit(() -> executor.execute(batch(SWARM, 2), soon())));
        }

        List<List<Integer>> slices = new ArrayList<>();
        for (Future<BatchReply> call : calls) {
            slices.add(call.get().results().stream().map(r -> r.body().asInt()).toList());
        }
        release.countDown();

        assertThat(first.get().results()).hasSize(1);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).path("params").path("requests")).hasSize(6);
        assertThat(slices).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3), List.of(4, 5));
    }

    @Test
    void aWaitingGroupGoesOutWhenTheBatchInFlightFinishesBeforeTheWindowEnds() throws Exception {
        BatchingExecutor executor = executor(Duration.ofSeconds(30));
        Future<BatchReply> first = inFlight(executor);
        Future<BatchReply> second = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));
        Thread.sleep(100);

        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).results()).hasSize(1);
        assertThat(second.get(5, TimeUnit.SECONDS).results()).hasSize(1);
        assertThat(sent).hasSize(2);
    }

    @Test
    void otherTargetsAndFullBatchesGoSeparately() throws Exception {
        BatchingExecutor executor = executor(Duration.ofMillis(300));
        Target other = new Target.Node(TestNodes.node(2), null);
        CompletableFuture<?> a = CompletableFuture.runAsync(() -> run(executor, batch(SWARM, 15)), threads);
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> run(executor, batch(SWARM, 10)), threads);
        CompletableFuture<?> c = CompletableFuture.runAsync(() -> run(executor, batch(other, 1)), threads);

        CompletableFuture.allOf(a, b, c).join();

        assertThat(sent).hasSize(3);
    }

    @Test
    void aFailureReachesEveryCallerOfTheMergedBatch() throws Exception {
        fail = true;
        BatchingExecutor executor = executor(Duration.ofSeconds(1));
        Future<BatchReply> held = inFlight(executor);
        Future<BatchReply> first = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));
        Future<BatchReply> second = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));

        for (Future<BatchReply> call : List.of(first, second)) {
            assertThatThrownBy(call::get).hasCauseInstanceOf(SwarmUnavailableException.class);
        }
        release.countDown();
        assertThatThrownBy(held::get).hasCauseInstanceOf(SwarmUnavailableException.class);
        assertThat(sent).hasSize(2);
    }

    /** Starts a call to {@link #SWARM} whose batch stays in flight until {@link #release}. */
    private Future<BatchReply> inFlight(BatchingExecutor executor) {
        holdFirst = true;
        Future<BatchReply> call = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() == 1);
        return call;
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(BatchingExecutor executor, SwarmBatch batch) {
        try {
            executor.execute(batch, soon());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
