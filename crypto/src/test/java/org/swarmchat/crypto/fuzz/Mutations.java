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

    /**
     * Characters that parsers of keys, hashes and numbers trip over: Unicode digits and letters that
     * {@code Character.digit} or {@code toLowerCase} accept, spaces that {@code strip} does or does not remove,
     * base64 and JSON punctuation, a NUL, a lone surrogate half.
     */
    public static final String NASTY_CHARS = "0aF9fgG=+/-_ .\u0000\u00a0\u2007\ufeff\u0661\u0669\u06f5\u0966"
            + "\uff10\uff15\uff21\uff46\u0130\u0131\u212a\u00e9\ud800\"\\";

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

    /**
     * One to three character-level edits of one of {@code seeds} (a key, a hash, a number as text): a character
     * replaced or inserted from {@link #NASTY_CHARS}, one deleted or doubled, the text cut. These reach the
     * checks that byte mutations of a whole request rarely hit, such as a hex digit that only Unicode calls one.
     */
    public static Arbitrary<String> ofChars(List<String> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), charEdits()).as(Mutations::applyChars);
    }

    /** One to three character-level edits, for {@link #applyChars}. */
    public static Arbitrary<List<int[]>> charEdits() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, NASTY_CHARS.length() - 1)).as((k, at, c) -> new int[] {k, at, c});
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }

    /** {@code seed} with the character-level {@code edits} of {@link #charEdits} applied in order. */
    public static String applyChars(String seed, List<int[]> edits) {
        StringBuilder out = new StringBuilder(seed);
        for (int[] e : edits) {
            int n = out.length();
            int at = n == 0 ? 0 : e[1] % n;
            char c = NASTY_CHARS.charAt(e[2]);
            switch (e[0]) {
                case 0 -> {
                    if (n > 0) {
                        out.setCharAt(at, c);
                    }
                }
                case 1 -> out.insert(e[1] % (n + 1), c);
                case 2 -> {
                    if (n > 0) {
                        out.deleteCharAt(at);
                    }
                }
                case 3 -> {
                    if (n > 0) {
                        out.insert(at, out.charAt(at));
                    }
                }
                default -> out.setLength(e[1] % (n + 1));
            }
        }
        return out.toString();
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
