package org.swarmchat.crypto.keys;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.swarmchat.crypto.Ed25519KeyPair;

/**
 * Session's recovery password (SPEC §6): a seed written as words of the 1626-word English list, three words
 * for every 4 bytes, followed by a checksum word that repeats one of them.
 *
 * <p>A Session account seed is 16 bytes, so an account's recovery password is 13 words; use
 * {@link #decodeAccountSeed(String)} for what a person types to restore an account, and {@link #keyPairOf}
 * to turn the seed into the account's keys. {@link #decode(String)} and {@link #encodeWithoutChecksum} cover
 * the general Monero-style form (any multiple of 4 bytes, checksum word optional) that the upstream test
 * vectors also use.
 *
 * <p>Decoding is forgiving where people slip and strict where it matters: words may be separated by any
 * white space, in any ASCII case, and only their first 3 letters count ("faxing" reads as "faxed"); but the
 * word count, every word, every group of three and the checksum are checked. Seeds and phrases are secrets:
 * callers should not log them, nor the messages of the exceptions this class throws.
 */
public final class RecoveryPassword {
    /** Bytes in a Session account seed. */
    public static final int SEED_LENGTH = 16;
    /** Words in a Session account's recovery password: 12 for the seed and the checksum word. */
    public static final int ACCOUNT_WORD_COUNT = 13;

    private RecoveryPassword() {
    }

    /**
     * The recovery password of {@code seed}, with its checksum word: for a 16-byte account seed, 13 lower-case
     * words separated by single spaces.
     *
     * @param seed a non-empty multiple of 4 bytes; 16 for a Session account
     * @throws IllegalArgumentException if {@code seed} is empty or its length is not a multiple of 4
     */
    public static String encode(byte[] seed) {
        WordList list = WordList.english();
        int[] indices = MnemonicCodec.indicesOf(requireWholeGroups(seed));
        List<String> words = wordsOf(list, indices);
        words.add(list.word(indices[MnemonicCodec.checksumSource(list, indices, indices.length)]));
        return String.join(" ", words);
    }

    /**
     * The words of {@code data} without a checksum word: 3 words for every 4 bytes, separated by single
     * spaces. Session never shows this form; it exists for the general encoding's test vectors.
     *
     * @throws IllegalArgumentException if {@code data} is empty or its length is not a multiple of 4
     */
    public static String encodeWithoutChecksum(byte[] data) {
        return String.join(" ", wordsOf(WordList.english(), MnemonicCodec.indicesOf(requireWholeGroups(data))));
    }

    /**
     * Reads a Session account's 13-word recovery password.
     *
     * @return the 16-byte account seed
     * @throws InvalidRecoveryPasswordException if the text does not hold exactly 13 words ("13 words are
     *     needed, got 12"), a word is not in the list, a group of three encodes nothing, or the checksum word
     *     does not match; never any other exception, whatever the text (null reads as no words)
     */
    public static byte[] decodeAccountSeed(String text) throws InvalidRecoveryPasswordException {
        List<String> words = split(text);
        if (words.size() != ACCOUNT_WORD_COUNT) {
            throw InvalidRecoveryPasswordException.wrongWordCount(
                    ACCOUNT_WORD_COUNT + " words are needed, got " + words.size());
        }
        return decodeWords(words);
    }

    /**
     * Reads a recovery password of any length: 3k words (no checksum) or 3k + 1 words (the last is the
     * checksum), k at least 1, giving 4k bytes. 13 words give a 16-byte seed, 25 words 32 bytes. Prefer
     * {@link #decodeAccountSeed(String)} for account restore, which also insists on 13 words.
     *
     * @return the 4k decoded bytes
     * @throws InvalidRecoveryPasswordException if the word count is not of that form, a word is not in the
     *     list, a group of three encodes nothing, or a checksum word is present and does not match; never any
     *     other exception, whatever the text (null reads as no words)
     */
    public static byte[] decode(String text) throws InvalidRecoveryPasswordException {
        List<String> words = split(text);
        if (words.size() < 3 || words.size() % 3 == 2) {
            throw InvalidRecoveryPasswordException.wrongWordCount("a recovery password has 3 words for every 4"
                    + " bytes, plus an optional checksum word (13 for a Session account); got " + words.size());
        }
        return decodeWords(words);
    }

    /**
     * The account key pair of a 16-byte seed: Ed25519 from {@code seed16 || 16 zero bytes} (SPEC §5.1).
     *
     * @throws IllegalArgumentException if {@code seed16} is not 16 bytes
     */
    public static Ed25519KeyPair keyPairOf(byte[] seed16) {
        if (seed16 == null || seed16.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an account seed is " + SEED_LENGTH + " bytes, got "
                    + (seed16 == null ? "none" : seed16.length));
        }
        byte[] ed25519Seed = Arrays.copyOf(seed16, Ed25519KeyPair.SEED_LENGTH);
        try {
            return Ed25519KeyPair.fromSeed(ed25519Seed);
        } finally {
            // fromSeed keeps its own copy; do not leave a second one of the secret lying around.
            Arrays.fill(ed25519Seed, (byte) 0);
        }
    }

    /** A new random 16-byte account seed from {@code random}. */
    public static byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return seed;
    }

    private static byte[] decodeWords(List<String> words) throws InvalidRecoveryPasswordException {
        WordList list = WordList.english();
        int[] indices = new int[words.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = list.indexOf(words.get(i));
            if (indices[i] < 0) {
                throw InvalidRecoveryPasswordException.unknownWord(words.get(i), i + 1);
            }
        }
        int dataWords = indices.length - indices.length % 3;
        byte[] data = MnemonicCodec.bytesOf(indices, dataWords);
        // Compared by index, so a checksum word typed with another ending still matches.
        if (dataWords < indices.length
                && indices[dataWords] != indices[MnemonicCodec.checksumSource(list, indices, dataWords)]) {
            Arrays.fill(data, (byte) 0);
            throw InvalidRecoveryPasswordException.badChecksum();
        }
        return data;
    }

    private static List<String> wordsOf(WordList list, int[] indices) {
        List<String> words = new ArrayList<>(indices.length + 1);
        for (int index : indices) {
            words.add(list.word(index));
        }
        return words;
    }

    private static byte[] requireWholeGroups(byte[] data) {
        if (data == null || data.length == 0 || data.length % 4 != 0) {
            throw new IllegalArgumentException("a recovery password encodes a non-empty multiple of 4 bytes, got "
                    + (data == null ? "none" : data.length));
        }
        return data;
    }

    /**
     * The words of {@code text}, split at any run of white space, Unicode spaces such as the no-break space
     * included (phones and web pages paste those).
     */
    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }
}
