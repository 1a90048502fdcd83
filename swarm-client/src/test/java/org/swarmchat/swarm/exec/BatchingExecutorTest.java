package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The batching layer: one {@code batch} per call, or one for calls to the same target within the window. */
class BatchingExecutorTest {
    private static final Target SWARM = new Target.Swarm("05" + "11".repeat(32));
    private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean fail;

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Answers each sub-request with its index in the batch, so that slices can be checked. */
    private final RequestExecutor<RoutedCall, BatchReply> echo = (call, deadline) -> {
        JsonNode json = SnodeJson.parse(call.body(), "batch");
        sent.add(json);
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
    void callsToOneTargetWithinTheWindowShareOneBatchAndEachGetsItsOwnResults() throws Exception {
        BatchingExecutor executor = executor(Duration.ofMillis(300));
        List<Future<BatchReply>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(threads.submit(() -> executor.execute(batch(SWARM, 2), soon())));
        }

        List<List<Integer>> slices = new ArrayList<>();
        for (Future<BatchReply> call : calls) {
            slices.add(call.get().results().stream().map(r -> r.body().asInt()).toList());
        }

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().path("params").path("requests")).hasSize(6);
        assertThat(slices).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3), List.of(4, 5));
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
        BatchingExecutor executor = executor(Duration.ofMillis(300));
        Future<BatchReply> first = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));
        Future<BatchReply> second = threads.submit(() -> executor.execute(batch(SWARM, 1), soon()));

        for (Future<BatchReply> call : List.of(first, second)) {
            assertThatThrownBy(call::get).hasCauseInstanceOf(SwarmUnavailableException.class);
        }
        assertThat(sent).hasSize(1);
    }

    private static void run(BatchingExecutor executor, SwarmBatch batch) {
        try {
            executor.execute(batch, soon());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
