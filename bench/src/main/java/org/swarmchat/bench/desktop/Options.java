package org.swarmchat.bench.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The {@code --name N} options of the desktop runners (positive whole numbers with defaults), and the load. */
final class Options {
    private Options() {
    }

    /**
     * Parses {@code args} from index {@code from} against {@code defaults}.
     *
     * @throws IllegalArgumentException on an unknown name, a missing value or a value that is not positive
     */
    static Map<String, Integer> parse(String[] args, int from, Map<String, Integer> defaults) {
        Map<String, Integer> values = new HashMap<>(defaults);
        for (int i = from; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected one of " + defaults.keySet() + " as --name N, got '"
                        + args[i] + "'");
            }
            int value = Integer.parseInt(args[i + 1]);
            if (value < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1");
            }
            values.put(name, value);
        }
        return values;
    }

    /** Deletes {@code dir} and everything under it (a runner's temporary data); a failure is only reported. */
    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    /** The machine's 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "load average unavailable";
        }
    }
}
