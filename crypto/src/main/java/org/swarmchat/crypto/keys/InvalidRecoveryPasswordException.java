package org.swarmchat.crypto.keys;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Text is not a valid recovery password. {@link #reason()} says what kind of mistake it is, and the message
 * says it in words a person can act on, such as {@code unknown word "fooo" (word 4)}.
 *
 * <p>The message and {@link #word()} may repeat what the user typed, which is close to a secret: show them
 * to that user, do not log them.
 */
public final class InvalidRecoveryPasswordException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Longest part of a typed word repeated in a message; the rest is cut, so a pasted novel stays short. */
    private static final int MAX_WORD_IN_MESSAGE = 24;

    /** The kind of mistake. */
    public enum Reason {
        /** The text does not have a number of words a recovery password can have. */
        WRONG_WORD_COUNT,
        /** A word matches no word of the list; {@link #word()} and {@link #position()} name it. */
        UNKNOWN_WORD,
        /** Every word is known but the last (checksum) word is not the one the others call for. */
        BAD_CHECKSUM,
        /** A group of three known words encodes no 32-bit value; {@link #position()} is its first word. */
        INVALID_WORDS
    }

    private final Reason reason;
    private final int position;
    private final String word;

    private InvalidRecoveryPasswordException(Reason reason, String message, int position, String word) {
        super(message);
        this.reason = reason;
        this.position = position;
        this.word = word;
    }

    static InvalidRecoveryPasswordException wrongWordCount(String message) {
        return new InvalidRecoveryPasswordException(Reason.WRONG_WORD_COUNT, message, 0, null);
    }

    static InvalidRecoveryPasswordException unknownWord(String word, int position) {
        return new InvalidRecoveryPasswordException(Reason.UNKNOWN_WORD,
                "unknown word \"" + displayForm(word) + "\" (word " + position + ")", position, word);
    }

    static InvalidRecoveryPasswordException badChecksum() {
        return new InvalidRecoveryPasswordException(Reason.BAD_CHECKSUM,
                "the last word (checksum) does not match", 0, null);
    }

    static InvalidRecoveryPasswordException invalidWords(int firstPosition) {
        return new InvalidRecoveryPasswordException(Reason.INVALID_WORDS,
                "words " + firstPosition + " to " + (firstPosition + 2)
                        + " do not go together (is one of them mistyped?)", firstPosition, null);
    }

    /** What kind of mistake this is. */
    public Reason reason() {
        return reason;
    }

    /**
     * The 1-based position of the offending word: the unknown word for {@link Reason#UNKNOWN_WORD}, the first
     * word of the group for {@link Reason#INVALID_WORDS}; empty for the other reasons.
     */
    public OptionalInt position() {
        return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
    }

    /** The unknown word exactly as it was typed, for {@link Reason#UNKNOWN_WORD}; empty otherwise. */
    public Optional<String> word() {
        return Optional.ofNullable(word);
    }

    /** The word as it may appear in a message: invisible or control characters replaced, long words cut. */
    private static String displayForm(String word) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = word.codePoints().limit(MAX_WORD_IN_MESSAGE + 1L).toArray();
        for (int i = 0; i < Math.min(codePoints.length, MAX_WORD_IN_MESSAGE); i++) {
            out.appendCodePoint(isPrintable(codePoints[i]) ? codePoints[i] : '\uFFFD');
        }
        if (codePoints.length > MAX_WORD_IN_MESSAGE) {
            out.append('…');
        }
        return out.toString();
    }

    /** False for characters that would hide or reorder text in a message (controls, bidi marks, lone halves). */
    private static boolean isPrintable(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isISOControl(codePoint) && type != Character.FORMAT && type != Character.SURROGATE;
    }
}
