package org.swarmchat.devnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.swarmchat.devnet.LocalDevnet;

/**
 * Measures how long a devnet takes to start and how much memory it holds: starts N nodes (default 2,000) in this
 * JVM, then prints the seconds, the resident set size and its peak from {@code /proc/self/status}, and the thread
 * count. A figure, not a test; the bench module wraps it.
 *
 * <p>Usage: {@code DevnetStartupProbe [nodes]}.
 */
public final class DevnetStartupProbe {
    private DevnetStartupProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args optionally the node count
     * @throws IOException if the devnet cannot start
     */
    public static void main(String[] args) throws IOException {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long begin = System.nanoTime();
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(nodes).start()) {
            double seconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf(Locale.ROOT, "started %d nodes in %d swarms in %.2f s; %s; %s; threads %d%n",
                    devnet.nodes().size(), devnet.view().swarmCount(), seconds, status("VmRSS"), status("VmHWM"),
                    Thread.activeCount());
        }
    }

    /** A line of /proc/self/status such as {@code VmRSS: 123456 kB}, or a note that it is unavailable. */
    private static String status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return line.replaceAll("\\s+", " ").trim();
                }
            }
        } catch (IOException e) {
            return key + " unavailable (" + e.getMessage() + ")";
        }
        return key + " unavailable";
    }
}
