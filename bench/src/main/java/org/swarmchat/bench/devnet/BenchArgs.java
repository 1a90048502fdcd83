package org.swarmchat.bench.devnet;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a runner, each with a default. An unknown name or a value that is not a
 * number is refused with a message naming it, before anything starts.
 */
final class BenchArgs {
    private final Map<String, String> values = new HashMap<>();

    private BenchArgs() {
    }

    /**
     * Parses {@code args} against the names a runner knows.
     *
     * @throws IllegalArgumentException on an unknown name, a missing value or a stray word
     */
    static BenchArgs parse(String[] args, Set<String> known) {
        BenchArgs parsed = new BenchArgs();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got '" + arg + "'");
            }
            String name = arg.substring(2);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            parsed.values.put(name, args[++i]);
        }
        return parsed;
    }

    /**
     * The option as a positive integer, or the default.
     *
     * @throws IllegalArgumentException if it is not a positive integer
     */
    int positive(String name, int defaultValue) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1, got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + text + "'", e);
        }
    }

    /** The option as text, or the default. */
    String text(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }
}
