package org.swarmchat.bench.devnet;

import java.io.IOException;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.swarmchat.devnet.LocalDevnet;

/**
 * The devnet's store throughput: starts a devnet (default 25 nodes) in this JVM, then N client threads (virtual)
 * store messages (default 1 KiB) to random accounts' swarms, directly over HTTPS to a random swarm member with
 * replication to the rest, for a warm-up and then a measured period. Prints the stores per second that every swarm
 * member confirmed, their p50/p99 latency, the partial and failed stores, and whether a sample of the stored
 * messages is retrievable from every member afterwards.
 *
 * <p>The devnet's per-IP rate limit is off: it would cap one client address at 300 requests/s by design, and the
 * point here is the nodes' own cost. Usage:
 * {@code StoreThroughputRunner [--nodes 25] [--threads 32] [--warmup 10] [--seconds 20] [--size 1024]
 * [--accounts 1000] [--sample 200] [--client socket|okhttp|jdk]}. The client writes HTTP/1.1 straight onto kept-alive
 * TLS sockets ({@link SocketStorePoster}) unless {@code --client okhttp} asks for OkHttp, which the figures of
 * 2026-12-01 used, or {@code --client jdk} for the JDK's, which the figures before that used.
 */
public final class StoreThroughputRunner {
    private static final Set<String> OPTIONS = Set.of("nodes", "threads", "warmup", "seconds", "size", "accounts",
            "sample", "client");

    private StoreThroughputRunner() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args the options
     * @throws Exception if the devnet cannot start or a worker fails unexpectedly
     */
    public static void main(String[] args) throws Exception {
        BenchArgs options = BenchArgs.parse(args, OPTIONS);
        int nodes = options.positive("nodes", 25);
        int threads = options.positive("threads", 32);
        int warmup = options.positive("warmup", 10);
        int seconds = options.positive("seconds", 20);
        int size = options.positive("size", 1024);
        int accountCount = options.positive("accounts", 1000);
        int sample = options.positive("sample", 200);
        String client = options.text("client", "socket");
        if (!Set.of("socket", "okhttp", "jdk").contains(client)) {
            throw new IllegalArgumentException("--client must be socket, okhttp or jdk, not " + client);
        }
        System.out.printf(Locale.ROOT, "%d nodes, %d threads, %d B messages, %d accounts, %s client; %s%n", nodes,
                threads, size, accountCount, client, ProcessStatus.loadAverage());
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(nodes).rateLimited(false).start();
                ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            SecureRandom random = new SecureRandom();
            List<BenchAccount> accounts = IntStream.range(0, accountCount).parallel()
                    .mapToObj(i -> BenchAccount.create(devnet, random)).toList();
            HttpClient http = TrustAllHttp.client(Duration.ofSeconds(10));
            try (StorePoster poster = poster(client, http, threads)) {
                run(poster, accounts, threads, size, warmup, workers, 1);
                long begin = System.nanoTime();
                long cpuBegin = ProcessStatus.cpuNanos();
                StoreTally tally = run(poster, accounts, threads, size, seconds, workers, 50);
                double elapsed = (System.nanoTime() - begin) / 1e9;
                double cpuMillis = (ProcessStatus.cpuNanos() - cpuBegin) / 1e6;
                System.out.printf(Locale.ROOT, "replicated stores: %d in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms; "
                        + "partial %d, failed %d%s%n", tally.replicated, elapsed, tally.replicated / elapsed,
                        tally.latencies.percentileMillis(50), tally.latencies.percentileMillis(99), tally.partial,
                        tally.failed, tally.firstFailure == null ? "" : " (first: " + tally.firstFailure + ")");
                // CPU per store holds still when other processes take the cores; the rate does not.
                System.out.printf(Locale.ROOT, "process CPU: %.2f ms per replicated store (client and devnet), "
                        + "%.0f%% of %d cores busy%n", cpuMillis / Math.max(1, tally.replicated),
                        100 * cpuMillis / 1000 / elapsed / Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "after: %s; %s; %s%n", ProcessStatus.loadAverage(),
                        ProcessStatus.status("VmRSS"), ProcessStatus.status("VmHWM"));
                verify(http, tally, sample);
            }
        }
    }

    private static StorePoster poster(String client, HttpClient http, int threads) {
        return switch (client) {
            case "jdk" -> new JdkStorePoster(http);
            case "okhttp" -> new OkHttpStorePoster(threads);
            default -> new SocketStorePoster();
        };
    }

    private static StoreTally run(StorePoster http, List<BenchAccount> accounts, int threads, int size, int seconds,
            ExecutorService workers, int keepOneIn) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        SplittableRandom seeds = new SplittableRandom();
        List<Future<StoreTally>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(workers.submit(new StoreWorker(http, accounts, size, deadline, seeds.split(), keepOneIn)));
        }
        StoreTally total = new StoreTally();
        for (Future<StoreTally> f : futures) {
            total = total.merge(f.get());
        }
        return total;
    }

    private static void verify(HttpClient http, StoreTally tally, int sample)
            throws IOException, InterruptedException {
        List<StoreTally.StoredSample> stored = new ArrayList<>(tally.stored);
        Collections.shuffle(stored);
        List<StoreTally.StoredSample> chosen = stored.subList(0, Math.min(sample, stored.size()));
        List<String> problems = new ReplicaCheck(http).check(chosen);
        int copies = chosen.stream().mapToInt(s -> s.account().swarm().size()).sum();
        if (problems.isEmpty()) {
            System.out.printf(Locale.ROOT, "replica check: %d messages retrieved from every member (%d copies)%n",
                    chosen.size(), copies);
        } else {
            System.out.printf(Locale.ROOT, "replica check FAILED: %d of %d copies missing, e.g. %s%n",
                    problems.size(), copies, problems.getFirst());
        }
    }
}
