package org.swarmchat.app.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Pack;

/**
 * The keyed blind index: a word of one character is indexed as itself, a longer word as each of its prefixes of 2 to
 * {@value #MAX_PREFIX} characters; each such term becomes the first 8 bytes of HMAC-SHA256 under the index key, as a
 * signed long. Only the first {@value #MAX_WORDS} distinct words of a message are indexed. Thread-safe.
 */
final class BlindIndex {
    static final int MAX_PREFIX = 12;
    static final int MAX_WORDS = 100;

    private static final byte WHOLE_WORD = 'w';
    private static final byte PREFIX = 'p';

    /** Words whose terms each thread remembers: text is Zipfian, so most words of a message were seen lately. */
    private static final int CACHED_WORDS = 8192;

    private final ThreadLocal<HMac> macs;
    private final ThreadLocal<Map<String, long[]>> cache = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(CACHED_WORDS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                    return size() > CACHED_WORDS;
                }
            });

    BlindIndex(byte[] indexKey) {
        byte[] key = indexKey.clone();
        macs = ThreadLocal.withInitial(() -> {
            HMac mac = new HMac(new SHA256Digest());
            mac.init(new KeyParameter(key));
            return mac;
        });
    }

    /** A query word: its text (for the re-check of the plaintext) and the term to look up. */
    record QueryTerm(String word, long term) {
    }

    /** The distinct terms to index for {@code text}. */
    long[] terms(String text) {
        Set<Long> terms = new LinkedHashSet<>();
        Map<String, long[]> known = cache.get();
        for (String word : Tokenizer.words(text, MAX_WORDS)) {
            for (long term : known.computeIfAbsent(word, this::wordTerms)) {
                terms.add(term);
            }
        }
        return terms.stream().mapToLong(Long::longValue).toArray();
    }

    private long[] wordTerms(String word) {
        int length = word.codePointCount(0, word.length());
        if (length == 1) {
            return new long[] {term(WHOLE_WORD, word)};
        }
        long[] out = new long[Math.min(length, MAX_PREFIX) - 1];
        for (int n = 2; n <= Math.min(length, MAX_PREFIX); n++) {
            out[n - 2] = term(PREFIX, word.substring(0, word.offsetByCodePoints(0, n)));
        }
        return out;
    }

    /** One term per distinct word of the query. */
    List<QueryTerm> query(String query) {
        List<QueryTerm> out = new ArrayList<>();
        for (String word : Tokenizer.words(query, MAX_WORDS)) {
            int length = word.codePointCount(0, word.length());
            if (length == 1) {
                out.add(new QueryTerm(word, term(WHOLE_WORD, word)));
            } else {
                String prefix = word.substring(0, word.offsetByCodePoints(0, Math.min(length, MAX_PREFIX)));
                out.add(new QueryTerm(word, term(PREFIX, prefix)));
            }
        }
        return out;
    }

    /** Whether every query word matches a word of {@code text} as the index promises (rules out collisions). */
    static boolean matches(String text, List<QueryTerm> query) {
        List<String> words = Tokenizer.words(text, Integer.MAX_VALUE);
        for (QueryTerm q : query) {
            boolean single = q.word().codePointCount(0, q.word().length()) == 1;
            boolean found = false;
            for (String w : words) {
                if (single ? w.equals(q.word()) : w.startsWith(q.word())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private long term(byte kind, String text) {
        HMac mac = macs.get();
        mac.update(kind);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Pack.bigEndianToLong(out, 0);
    }
}
