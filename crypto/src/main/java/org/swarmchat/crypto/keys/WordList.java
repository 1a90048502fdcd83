package org.swarmchat.crypto.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The 1626-word English recovery-password list (SPEC Appendix C), loaded once from the bundled resource and
 * checked against its published SHA-256, with the 3-letter prefix index that decoding matches words by.
 * Immutable and safe to share between threads.
 */
final class WordList {
    /** Number of words: every index computation of SPEC §6 is modulo this. */
    static final int SIZE = 1626;
    /** Only this many leading letters of a word are significant; they are unique across the list. */
    static final int PREFIX_LENGTH = 3;
    /** SHA-256 of the words joined by a single LF with no trailing LF (SPEC Appendix C). */
    static final String SHA256_OF_WORDS = "998df55cb16d2318130c5cf7e9d4408247c8c4674935ee6e07d53f2f00ccf19b";

    private static final String RESOURCE = "wordlist-english.txt";

    private final List<String> words;
    private final Map<String, Integer> indexByPrefix;

    private WordList(List<String> words) {
        this.words = List.copyOf(words);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Integer clash = index.putIfAbsent(prefixOf(words.get(i)), i);
            if (clash != null) {
                throw new IllegalStateException("word list: \"" + words.get(clash) + "\" and \"" + words.get(i)
                        + "\" share the prefix " + prefixOf(words.get(i)));
            }
        }
        this.indexByPrefix = Map.copyOf(index);
    }

    /**
     * The bundled English list.
     *
     * @throws IllegalStateException if the resource is missing, has the wrong number of words or the wrong
     *     hash: the build shipped a broken list, and no recovery password can be trusted with it
     */
    static WordList english() {
        return Holder.ENGLISH;
    }

    /**
     * Parses the resource format: one word a line, lines starting with {@code #} and blank lines skipped.
     *
     * @throws IllegalStateException unless the words are exactly the list of SPEC Appendix C
     */
    static WordList parse(String text) {
        List<String> words = new ArrayList<>(SIZE);
        for (String line : text.split("\n", -1)) {
            // A checkout with CRLF line ends must not change the words.
            String word = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        if (words.size() != SIZE) {
            throw new IllegalStateException("word list has " + words.size() + " words, expected " + SIZE);
        }
        String actual = sha256Hex(String.join("\n", words));
        if (!actual.equals(SHA256_OF_WORDS)) {
            throw new IllegalStateException(
                    "word list SHA-256 mismatch: expected " + SHA256_OF_WORDS + ", actual " + actual);
        }
        return new WordList(words);
    }

    /** The word at {@code index} (0 to {@link #SIZE} - 1). */
    String word(int index) {
        return words.get(index);
    }

    /** All words in list order (unmodifiable). */
    List<String> words() {
        return words;
    }

    /**
     * The index of the list word whose first {@link #PREFIX_LENGTH} letters equal those of {@code word}, ASCII
     * case ignored, or -1. A word shorter than the prefix matches nothing, as every list word is longer.
     */
    int indexOf(String word) {
        if (word.length() < PREFIX_LENGTH) {
            return -1;
        }
        Integer index = indexByPrefix.get(prefixOf(word));
        return index == null ? -1 : index;
    }

    /**
     * The significant prefix of a word, lower-cased in ASCII only (as libsession does), so that no
     * non-ASCII character can fold into a list word's letters.
     */
    static String prefixOf(String word) {
        int length = Math.min(PREFIX_LENGTH, word.length());
        char[] prefix = new char[length];
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            prefix[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(prefix);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static WordList load() {
        try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word list resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("word list resource " + RESOURCE + " cannot be read", e);
        }
    }

    /** Lazy holder: the list is read and verified on first use, once, by the class loader's lock. */
    private static final class Holder {
        static final WordList ENGLISH = load();
    }
}
