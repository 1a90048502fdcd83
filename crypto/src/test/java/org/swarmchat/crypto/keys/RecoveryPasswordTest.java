package org.swarmchat.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException.Reason;

class RecoveryPasswordTest {
    /** SPEC §6 (from libsession's tests), so these run even without the shared vector folder. */
    private static final byte[] SPEC_SEED = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    private static final String SPEC_PHRASE =
            "amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed faxed";
    private static final String ZERO_PHRASE = String.join(" ", Collections.nCopies(13, "abbey"));

    @Test
    void specExamplesEncodeAndDecode() throws Exception {
        assertThat(RecoveryPassword.encode(SPEC_SEED)).isEqualTo(SPEC_PHRASE);
        assertThat(RecoveryPassword.decodeAccountSeed(SPEC_PHRASE)).isEqualTo(SPEC_SEED);
        assertThat(RecoveryPassword.encode(new byte[16])).isEqualTo(ZERO_PHRASE);
        assertThat(RecoveryPassword.decodeAccountSeed(ZERO_PHRASE)).isEqualTo(new byte[16]);
    }

    @Test
    void thousandRandomSeedsRoundTrip() throws Exception {
        Random random = new Random(20240613);
        for (int i = 0; i < 1000; i++) {
            byte[] seed = new byte[16];
            random.nextBytes(seed);
            String phrase = RecoveryPassword.encode(seed);
            String[] words = phrase.split(" ");
            assertThat(words).hasSize(13);
            assertThat(Arrays.asList(words).subList(0, 12)).contains(words[12]);
            assertThat(RecoveryPassword.decodeAccountSeed(phrase)).isEqualTo(seed);
            assertThat(RecoveryPassword.decode(phrase)).isEqualTo(seed);
            assertThat(RecoveryPassword.decode(RecoveryPassword.encodeWithoutChecksum(seed))).isEqualTo(seed);
        }
    }

    @Test
    void longerSeedsRoundTripWithAndWithoutChecksum() throws Exception {
        Random random = new Random(7);
        for (int length = 4; length <= 64; length += 4) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String withChecksum = RecoveryPassword.encode(data);
            String without = RecoveryPassword.encodeWithoutChecksum(data);
            assertThat(withChecksum.split(" ")).hasSize(length / 4 * 3 + 1);
            assertThat(without.split(" ")).hasSize(length / 4 * 3);
            assertThat(withChecksum).startsWith(without + " ");
            assertThat(RecoveryPassword.decode(withChecksum)).isEqualTo(data);
            assertThat(RecoveryPassword.decode(without)).isEqualTo(data);
        }
    }

    @Test
    void theExtremeValuesOfAGroupRoundTrip() throws Exception {
        byte[] ones = new byte[16];
        Arrays.fill(ones, (byte) 0xff);
        assertThat(RecoveryPassword.decodeAccountSeed(RecoveryPassword.encode(ones))).isEqualTo(ones);
    }

    @Test
    void caseAndWhiteSpaceDoNotMatter() throws Exception {
        List<String> variants = List.of(
                SPEC_PHRASE.toUpperCase(Locale.ROOT),
                "  Amaze BUFFET cAkE entrance symptoms tiger lamb maze nestle python dusted faxed faxed\n",
                SPEC_PHRASE.replace(" ", "\t"),
                SPEC_PHRASE.replace(" ", " \r\n  "),
                SPEC_PHRASE.replace(" ", "\u00A0"),
                SPEC_PHRASE.replace(" ", "\u3000"),
                "\u2003" + SPEC_PHRASE + " \u2028");
        for (String variant : variants) {
            assertThat(RecoveryPassword.decodeAccountSeed(variant)).as(variant).isEqualTo(SPEC_SEED);
        }
    }

    @Test
    void prefixesAndTyposPastThePrefixAreAccepted() throws Exception {
        String[] words = SPEC_PHRASE.split(" ");
        List<String> prefixes = new ArrayList<>();
        List<String> typos = new ArrayList<>();
        for (String word : words) {
            prefixes.add(word.substring(0, 3));
            typos.add(word.substring(0, 3) + "qqq");
        }
        assertThat(RecoveryPassword.decodeAccountSeed(String.join(" ", prefixes))).isEqualTo(SPEC_SEED);
        assertThat(RecoveryPassword.decodeAccountSeed(String.join(" ", typos))).isEqualTo(SPEC_SEED);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 12, 14, 24, 25, 26})
    void anAccountPasswordNeedsThirteenWords(int count) {
        String text = String.join(" ", Collections.nCopies(count, "abbey"));
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decodeAccountSeed(text));
        assertThat(e.reason()).isEqualTo(Reason.WRONG_WORD_COUNT);
        assertThat(e).hasMessage("13 words are needed, got " + count);
        assertThat(e.position()).isEmpty();
        assertThat(e.word()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 8, 14, 26})
    void theGeneralFormNeedsThreeWordsPerGroupAndAtMostOneChecksumWord(int count) {
        String text = String.join(" ", Collections.nCopies(count, "abbey"));
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decode(text));
        assertThat(e.reason()).isEqualTo(Reason.WRONG_WORD_COUNT);
        assertThat(e.getMessage()).contains("got " + count).contains("3 words for every 4 bytes");
    }

    @Test
    void anUnknownWordIsNamedWithItsPosition() {
        // Not "fooo": by its prefix that is "foolish", a list word.
        String text = SPEC_PHRASE.replace("entrance", "fxxo");
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decodeAccountSeed(text));
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_WORD);
        assertThat(e).hasMessage("unknown word \"fxxo\" (word 4)");
        assertThat(e.position()).hasValue(4);
        assertThat(e.word()).contains("fxxo");
    }

    @Test
    void wordsShorterThanThePrefixAreUnknown() {
        InvalidRecoveryPasswordException e =
                failure(() -> RecoveryPassword.decodeAccountSeed(SPEC_PHRASE.replace("lamb", "la")));
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_WORD);
        assertThat(e.position()).hasValue(7);
    }

    @Test
    void theFirstOfSeveralUnknownWordsIsReported() {
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decodeAccountSeed(
                SPEC_PHRASE.replace("cake", "xxxx").replace("nestle", "yyyy")));
        assertThat(e.position()).hasValue(3);
        assertThat(e.word()).contains("xxxx");
    }

    @Test
    void aWrongChecksumWordIsRejected() {
        InvalidRecoveryPasswordException e =
                failure(() -> RecoveryPassword.decodeAccountSeed(SPEC_PHRASE.replaceFirst("faxed$", "tiger")));
        assertThat(e.reason()).isEqualTo(Reason.BAD_CHECKSUM);
        assertThat(e).hasMessage("the last word (checksum) does not match");
        assertThat(e.position()).isEmpty();
        assertThat(e.word()).isEmpty();
    }

    @Test
    void aGroupThatEncodesMoreThan32BitsIsRejected() {
        // zoom, zones, zombie are words 1625, 1624, 1623: x = 1626^3 - 1, which is above 2^32 - 1.
        String first = "zoom zones zombie " + "abbey ".repeat(9) + "abbey";
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decodeAccountSeed(first));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_WORDS);
        assertThat(e.position()).hasValue(1);
        assertThat(e.getMessage()).contains("words 1 to 3");

        String second = "abbey abbey abbey zoom zones zombie " + "abbey ".repeat(6) + "abbey";
        assertThat(failure(() -> RecoveryPassword.decode(second)).position()).hasValue(4);
    }

    @Test
    void garbageGivesOnlyTheDeclaredException() {
        List<String> garbage = new ArrayList<>(List.of(
                "", " ", "\n\t", "😀", "😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀", "\uD800", "\uDFFF abc",
                "\u202Eamaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed faxed",
                "\u0000 \u0000", "amaze\u0000buffet", "ééé ééé ééé", "a".repeat(10_000),
                "abbey ".repeat(1_667), ("abbey ".repeat(12) + "x".repeat(10_000)),
                "A\u030A\u030A\u030A".repeat(2_500)));
        Random random = new Random(99);
        for (int i = 0; i < 500; i++) {
            garbage.add(randomText(random, 1 + random.nextInt(i < 490 ? 200 : 10_000)));
        }
        garbage.add(null);
        for (String text : garbage) {
            assertOnlyDeclaredFailure(() -> RecoveryPassword.decodeAccountSeed(text));
            assertOnlyDeclaredFailure(() -> RecoveryPassword.decode(text));
        }
    }

    @Test
    void randomListWordsEitherDecodeOrFailTheGroupOrChecksumCheck() {
        Random random = new Random(5);
        int decoded = 0;
        for (int i = 0; i < 3000; i++) {
            List<String> words = new ArrayList<>();
            for (int j = 0; j < 12; j++) {
                words.add(WordList.english().word(random.nextInt(WordList.SIZE)));
            }
            // A repeat of one of the twelve, as a checksum word always is; it is the right one about 1 in 12.
            words.add(words.get(random.nextInt(12)));
            Throwable thrown = catchThrowable(() -> RecoveryPassword.decodeAccountSeed(String.join(" ", words)));
            if (thrown == null) {
                decoded++;
            } else {
                assertThat(thrown).isInstanceOf(InvalidRecoveryPasswordException.class);
                assertThat(((InvalidRecoveryPasswordException) thrown).reason())
                        .isIn(Reason.BAD_CHECKSUM, Reason.INVALID_WORDS);
            }
        }
        assertThat(decoded).isBetween(100, 500);
    }

    @Test
    void aVeryLongUnknownWordIsCutInTheMessage() {
        String word = "q".repeat(10_000);
        String text = SPEC_PHRASE.replace("tiger", word);
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decodeAccountSeed(text));
        assertThat(e.getMessage()).hasSizeLessThan(80).contains("qqq").contains("…").contains("(word 6)");
        assertThat(e.word()).contains(word);
    }

    @Test
    void controlAndBidiCharactersAreNotRepeatedInTheMessage() {
        String text = SPEC_PHRASE.replace("tiger", "ti\u202Eg\u0007r");
        InvalidRecoveryPasswordException e = failure(() -> RecoveryPassword.decodeAccountSeed(text));
        assertThat(e.getMessage()).doesNotContain("\u202E", "\u0007").contains("ti\uFFFDg\uFFFDr");
    }

    @Test
    void keyPairIsTheEd25519KeyOfTheSeedPaddedWithZeros() {
        Ed25519KeyPair keys = RecoveryPassword.keyPairOf(SPEC_SEED);
        assertThat(keys.seed()).isEqualTo(Arrays.copyOf(SPEC_SEED, 32));
        assertThat(keys.publicKey()).isEqualTo(Ed25519KeyPair.fromSeed(Arrays.copyOf(SPEC_SEED, 32)).publicKey());
    }

    @Test
    void keyPairNeedsSixteenBytes() {
        assertThatThrownBy(() -> RecoveryPassword.keyPairOf(new byte[32]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16");
        assertThatThrownBy(() -> RecoveryPassword.keyPairOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newSeedIsSixteenBytesFromTheGivenRandom() {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 7);
            }
        };
        byte[] expected = new byte[16];
        Arrays.fill(expected, (byte) 7);
        assertThat(RecoveryPassword.newSeed(fixed)).isEqualTo(expected);
        assertThat(RecoveryPassword.newSeed(new SecureRandom())).hasSize(16);
    }

    @Test
    void encodingNeedsWholeGroupsOfFourBytes() {
        for (byte[] bad : new byte[][] {new byte[0], new byte[15], new byte[17], null}) {
            assertThatThrownBy(() -> RecoveryPassword.encode(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RecoveryPassword.encodeWithoutChecksum(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCZ     \t\n\u00A0éß😀\uD800\u0000-'.0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // Half the time a real word, so some inputs get past the word-count and unknown-word checks.
            if (random.nextBoolean()) {
                out.append(WordList.english().word(random.nextInt(WordList.SIZE))).append(' ');
            } else {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }

    private static void assertOnlyDeclaredFailure(ThrowingCallable decoding) {
        Throwable thrown = catchThrowable(decoding);
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidRecoveryPasswordException.class);
            assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(200);
        }
    }

    private static InvalidRecoveryPasswordException failure(ThrowingCallable decoding) {
        Throwable thrown = catchThrowable(decoding);
        assertThat(thrown).isInstanceOf(InvalidRecoveryPasswordException.class);
        return (InvalidRecoveryPasswordException) thrown;
    }
}
