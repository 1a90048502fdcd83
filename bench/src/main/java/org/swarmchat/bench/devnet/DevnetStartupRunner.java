package org.swarmchat.bench.devnet;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.swarmchat.devnet.LocalDevnet;

/**
 * How long a devnet of mainnet size takes to start in this JVM and how much memory it holds: starts N nodes
 * (default 2,000), then prints the seconds, the resident set size and its peak, the thread count and the load
 * average. Run it in a fresh JVM each time (the {@code bench/devnet} script does): a figure, not a test.
 *
 * <p>Usage: {@code DevnetStartupRunner [--nodes N] [--rounds R]}; each round starts and closes one devnet.
 */
public final class DevnetStartupRunner {
    private DevnetStartupRunner() {
    }

    /**
     * Runs the rounds and prints one line each.
     *
     * @param args the options
     * @throws IOException if a devnet cannot start
     */
    public static void main(String[] args) throws IOException {
        BenchArgs options = BenchArgs.parse(args, Set.of("nodes", "rounds"));
        int nodes = options.positive("nodes", 2000);
        int rounds = options.positive("rounds", 1);
        for (int round = 1; round <= rounds; round++) {
            String load = ProcessStatus.loadAverage();
            long begin = System.nanoTime();
            try (LocalDevnet devnet = LocalDevnet.builder().nodes(nodes).start()) {
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf(Locale.ROOT, "round %d: started %d nodes in %d swarms in %.2f s; %s; %s; "
                        + "threads %d; before: %s%n", round, devnet.nodes().size(), devnet.view().swarmCount(),
                        seconds, ProcessStatus.status("VmRSS"), ProcessStatus.status("VmHWM"),
                        Thread.activeCount(), load);
            }
        }
    }
}
