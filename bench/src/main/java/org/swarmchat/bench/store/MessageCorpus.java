package org.swarmchat.bench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic message texts: words drawn from a vocabulary of made-up words with Zipf frequencies (rank 1 is in about
 * half of all messages, as "the" would be), 3 to 12 words a message, plus one planted rare word. Deterministic for a
 * seed.
 */
final class MessageCorpus {
    /** A word no generated message contains, planted in message 1,000 and every {@link #RARE_EVERY}-th after it. */
    static final String RARE_WORD = "quixotically";
    static final int RARE_EVERY = 50_000;

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "pe", "da", "gu",
        "bri", "sto", "len", "mar", "qui", "fen", "zo", "wa", "tre"};
    private static final int VOCABULARY = 5_000;

    private final List<String> words = new ArrayList<>();
    private final double[] cumulative = new double[VOCABULARY];
    private final SplittableRandom random;

    MessageCorpus(long seed) {
        random = new SplittableRandom(seed);
        SplittableRandom wordRandom = new SplittableRandom(1);
        while (words.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + wordRandom.nextInt(4);
            for (int i = 0; i < syllables; i++) {
                w.append(SYLLABLES[wordRandom.nextInt(SYLLABLES.length)]);
            }
            String word = w.toString();
            if (word.length() >= 3 && !words.contains(word) && !word.startsWith("qui")) {
                words.add(word);
            }
        }
        double sum = 0;
        for (int rank = 1; rank <= VOCABULARY; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The word of this frequency rank, 1 the most common. */
    String word(int rank) {
        return words.get(rank - 1);
    }

    /** The text of message number {@code n}. */
    String text(long n) {
        int count = 3 + random.nextInt(10);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(words.get(draw()));
        }
        if (n % RARE_EVERY == 1_000) {
            text.append(' ').append(RARE_WORD);
        }
        return text.toString();
    }

    private int draw() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = VOCABULARY - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
