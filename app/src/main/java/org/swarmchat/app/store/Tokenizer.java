package org.swarmchat.app.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words for the search index: Unicode NFKC, lower case ({@link Locale#ROOT}), then runs of letters,
 * digits and combining marks. The same function serves indexing and queries, so both sides agree.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    /** The distinct words of {@code text}, in order of first appearance, at most {@code max}. */
    static List<String> words(String text, int max) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length() && words.size() < max;) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return new ArrayList<>(words);
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
