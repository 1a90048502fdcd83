package org.swarmchat.crypto.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of valid inputs, the cheap form of coverage-guided fuzzing: bit flips, overwritten bytes (with
 * "interesting" values such as 0x00, 0x7f, 0x80 and 0xff that hit length prefixes and varints), insertions,
 * deletions, truncations, duplicated and swapped ranges. A mutation is drawn as numbers, so jqwik shrinks a
 * failure to the fewest and smallest changes of the seed input.
 */
public final class Mutations {
    private static final byte[] INTERESTING = {0x00, 0x01, 0x7f, (byte) 0x80, (byte) 0xff, (byte) 0xfe, '"', '{',
        '[', ',', ':', '\\', '\n', '\r', ' '};

    /** What one mutation does. */
    public enum Kind {
        FLIP_BIT, SET_BYTE, SET_INTERESTING, INSERT, DELETE, TRUNCATE, DUPLICATE, SWAP
    }

    /**
     * One mutation; positions are taken modulo the input's length when applied.
     *
     * @param kind what it does
     * @param at where
     * @param other a second position (for a swap) or a bit index
     * @param length how many bytes (1 to 16)
     * @param value the byte written or inserted
     */
    public record Mutation(Kind kind, int at, int other, int length, byte value) {
    }

    private Mutations() {
    }

    /** One to four mutations of one of {@code seeds}. */
    public static Arbitrary<byte[]> of(List<byte[]> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), mutations()).as(Mutations::apply);
    }

    /** One to four mutations of the seeds {@code seeds} draws. */
    public static Arbitrary<byte[]> of(Arbitrary<byte[]> seeds) {
        return Combinators.combine(seeds, mutations()).as(Mutations::apply);
    }

    /**
     * One to four mutations of the UTF-8 bytes of one of {@code seeds}, decoded again (a broken sequence becomes
     * U+FFFD, as a lenient reader would make it).
     */
    public static Arbitrary<String> ofText(List<String> seeds) {
        return of(seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList())
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** A list of one to four mutations. */
    public static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, 16), Arbitraries.bytes()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** {@code seed} with {@code mutations} applied in order; the seed itself is not changed. */
    public static byte[] apply(byte[] seed, List<Mutation> mutations) {
        byte[] out = seed.clone();
        for (Mutation m : mutations) {
            out = apply(out, m);
        }
        return out;
    }

    private static byte[] apply(byte[] in, Mutation m) {
        int n = in.length;
        int at = n == 0 ? 0 : m.at() % n;
        int len = Math.min(m.length(), n - at);
        return switch (m.kind()) {
            case FLIP_BIT -> {
                byte[] out = in.clone();
                if (n > 0) {
                    out[at] ^= (byte) (1 << (m.other() % 8));
                }
                yield out;
            }
            case SET_BYTE -> {
                byte[] out = in.clone();
                if (n > 0) {
                    out[at] = m.value();
                }
                yield out;
            }
            case SET_INTERESTING -> {
                byte[] out = in.clone();
                if (n > 0) {
                    Arrays.fill(out, at, at + len, INTERESTING[m.other() % INTERESTING.length]);
                }
                yield out;
            }
            case INSERT -> {
                int pos = m.at() % (n + 1);
                byte[] out = new byte[n + m.length()];
                System.arraycopy(in, 0, out, 0, pos);
                Arrays.fill(out, pos, pos + m.length(), m.value());
                System.arraycopy(in, pos, out, pos + m.length(), n - pos);
                yield out;
            }
            case DELETE -> {
                byte[] out = new byte[n - len];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + len, out, at, n - at - len);
                yield out;
            }
            case TRUNCATE -> Arrays.copyOf(in, m.at() % (n + 1));
            case DUPLICATE -> {
                byte[] out = new byte[n + len];
                System.arraycopy(in, 0, out, 0, at + len);
                System.arraycopy(in, at, out, at + len, n - at);
                yield out;
            }
            case SWAP -> {
                byte[] out = in.clone();
                if (n > 0) {
                    int to = m.other() % n;
                    int k = Math.min(len, n - to);
                    byte[] a = Arrays.copyOfRange(in, at, at + k);
                    byte[] b = Arrays.copyOfRange(in, to, to + k);
                    System.arraycopy(b, 0, out, at, k);
                    System.arraycopy(a, 0, out, to, k);
                }
                yield out;
            }
        };
    }
}
