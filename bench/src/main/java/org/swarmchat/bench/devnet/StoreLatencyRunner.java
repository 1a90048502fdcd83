package org.swarmchat.bench.devnet;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.SwarmClientConfig;
import org.swarmchat.swarm.api.StoreResult;

/**
 * The latency of one store through the swarm client, onion against direct: starts a devnet (default 25 nodes) in
 * this JVM and two {@link SwarmClient}s bootstrapped from its seed, one with onion routing on and one with it off,
 * then stores small messages (100 bytes, namespace 0, unsigned as a 1:1 message is) one at a time, each to a random
 * recipient of a fixed set, and prints p50/p90/p99/max and the count for each mode and the onion/direct ratio.
 *
 * <p>Both modes take turns in one-second slices, so that a change in the machine's load touches both alike. The
 * recipients' swarms are looked up before the warm-up, so the measured stores pay no {@code get_swarm}; a store
 * counts whatever the number of members that confirmed it (the client's own success rule), and one that fails is
 * counted apart. The client's HTTPS transport accepts the devnet's self-signed certificates as it accepts any snode's
 * (SPEC §3.1). The devnet's per-IP rate limit is off, as in {@link StoreThroughputRunner}. Usage:
 * {@code StoreLatencyRunner [--nodes 25] [--seconds 20] [--warmup 10] [--accounts 200] [--size 100] [--senders 1]}.
 */
public final class StoreLatencyRunner {
    private static final Set<String> OPTIONS = Set.of("nodes", "seconds", "warmup", "accounts", "size",
            "senders");
    private static final Duration TTL = Duration.ofHours(1);
    private static final long SLICE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private StoreLatencyRunner() {
    }

    /** One client and what it measured. */
    private static final class Mode {
        private final String name;
        private final SwarmClient client;
        private Latencies latencies = new Latencies();
        private long maxNanos;
        private int failed;
        private String firstFailure;

        Mode(String name, SwarmClient client) {
            this.name = name;
            this.client = client;
        }

        void reset() {
            latencies = new Latencies();
            maxNanos = 0;
            failed = 0;
            firstFailure = null;
        }

        synchronized void record(long elapsed) {
            latencies.add(elapsed);
            maxNanos = Math.max(maxNanos, elapsed);
        }

        synchronized void fail(String why) {
            failed++;
            if (firstFailure == null) {
                firstFailure = why;
            }
        }
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args the options
     * @throws Exception if the devnet or a client cannot start
     */
    public static void main(String[] args) throws Exception {
        BenchArgs options = BenchArgs.parse(args, OPTIONS);
        int nodes = options.positive("nodes", 25);
        int seconds = options.positive("seconds", 20);
        int warmup = options.positive("warmup", 10);
        int accountCount = options.positive("accounts", 200);
        int size = options.positive("size", 100);
        int senders = options.positive("senders", 1);
        System.out.printf(Locale.ROOT, "%d nodes, %d recipients, %d B messages, %d concurrent senders, %d s warm-up,"
                + " %d s per mode; %s%n", nodes, accountCount, size, senders, warmup, seconds,
                ProcessStatus.loadAverage());
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(nodes).rateLimited(false).start();
                SwarmClient onion = SwarmClient.create(config(devnet, true));
                SwarmClient direct = SwarmClient.create(config(devnet, false))) {
            SecureRandom random = new SecureRandom();
            List<AccountId> recipients = new ArrayList<>();
            for (int i = 0; i < accountCount; i++) {
                byte[] key = new byte[X25519PublicKey.LENGTH];
                random.nextBytes(key);
                recipients.add(AccountId.of(X25519PublicKey.of(key)));
            }
            List<Mode> modes = List.of(new Mode("onion", onion), new Mode("direct", direct));
            for (Mode mode : modes) {
                long begin = System.nanoTime();
                await(mode.client.initialize());
                for (AccountId recipient : recipients) {
                    await(mode.client.swarmOf(recipient));
                }
                System.out.printf(Locale.ROOT, "%s: initialized and %d swarms looked up in %.1f s%n", mode.name,
                        recipients.size(), (System.nanoTime() - begin) / 1e9);
            }
            alternate(modes, warmup, recipients, size, senders);
            modes.forEach(Mode::reset);
            alternate(modes, seconds, recipients, size, senders);
            for (Mode mode : modes) {
                Latencies l = mode.latencies;
                System.out.printf(Locale.ROOT, "%-6s stores: %d; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "failed %d%s%n", mode.name, l.size(), l.percentileMillis(50), l.percentileMillis(90),
                        l.percentileMillis(99), mode.maxNanos / 1e6, mode.failed,
                        mode.firstFailure == null ? "" : " (first: " + mode.firstFailure + ")");
            }
            Latencies onionL = modes.get(0).latencies;
            Latencies directL = modes.get(1).latencies;
            System.out.printf(Locale.ROOT, "onion / direct: p50 %.2fx, p90 %.2fx, p99 %.2fx%n",
                    ratio(onionL, directL, 50), ratio(onionL, directL, 90), ratio(onionL, directL, 99));
            System.out.printf(Locale.ROOT, "after: %s%n", ProcessStatus.loadAverage());
        }
    }

    private static SwarmClientConfig config(LocalDevnet devnet, boolean onion) {
        return SwarmClientConfig.builder()
                .seed(URI.create(devnet.seedUrl()))
                .onion(onion)
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * Stores for {@code seconds} per mode, the modes taking turns every second; {@code senders} virtual threads
     * each store one message at a time, as many senders sharing one client would.
     */
    private static void alternate(List<Mode> modes, int seconds, List<AccountId> recipients, int size, int senders)
            throws InterruptedException {
        for (int slice = 0; slice < seconds; slice++) {
            for (Mode mode : modes) {
                long end = System.nanoTime() + SLICE_NANOS;
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < senders; i++) {
                    threads.add(Thread.ofVirtual().start(() -> {
                        SplittableRandom choice = new SplittableRandom();
                        byte[] data = new byte[size];
                        try {
                            while (System.nanoTime() < end) {
                                storeOnce(mode, recipients.get(choice.nextInt(recipients.size())), data, choice);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                }
                for (Thread t : threads) {
                    t.join();
                }
            }
        }
    }

    private static void storeOnce(Mode mode, AccountId recipient, byte[] data, SplittableRandom choice)
            throws InterruptedException {
        choice.nextBytes(data);
        long begin = System.nanoTime();
        try {
            StoreResult result = mode.client.store(recipient, Namespace.DEFAULT, data, TTL)
                    .get(60, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - begin;
            if (result.storedCount() == 0) {
                mode.fail("no member stored it");
                return;
            }
            mode.record(elapsed);
        } catch (ExecutionException e) {
            mode.fail(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            mode.fail("no answer in 60 s");
        }
    }

    private static double ratio(Latencies a, Latencies b, double percent) {
        double denominator = b.percentileMillis(percent);
        return denominator == 0 ? Double.NaN : a.percentileMillis(percent) / denominator;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
