package org.swarmchat.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes what a person types to restore an account: {@link RecoveryPassword#decode} and
 * {@link RecoveryPassword#decodeAccountSeed} throw only {@link InvalidRecoveryPasswordException}, on any text and on
 * word-level and byte-level mutations of real recovery passwords; and encoding round-trips.
 */
class RecoveryPasswordFuzzTest {
    private static final List<String> SEPARATORS = List.of(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\r\n");

    /** A word-level edit of a phrase. */
    enum Edit {
        DROP, DUPLICATE, SWAP, OTHER_WORD, PREFIX_ONLY, EXTEND, UPPER, GARBAGE
    }

    record WordEdit(Edit edit, int at, int other, String garbage) {
    }

    @Property(tries = 2000)
    void anyTextDecodesOrIsInvalid(@ForAll("phraseLike") String text) {
        Optional<byte[]> any = Fuzz.only(() -> RecoveryPassword.decode(text), InvalidRecoveryPasswordException.class);
        Optional<byte[]> seed = Fuzz.only(() -> RecoveryPassword.decodeAccountSeed(text),
                InvalidRecoveryPasswordException.class);
        any.ifPresent(bytes -> assertThat(bytes.length % 4).isZero());
        seed.ifPresent(bytes -> {
            assertThat(bytes).hasSize(RecoveryPassword.SEED_LENGTH);
            assertThat(any).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        });
    }

    @Property(tries = 1000)
    void seedsRoundTripWithAnySpacingAndCase(@ForAll("seeds") byte[] seed, @ForAll("separators") String sep,
            @ForAll boolean upper) throws InvalidRecoveryPasswordException {
        String phrase = RecoveryPassword.encode(seed);
        assertThat(phrase.split(" ")).hasSize(RecoveryPassword.ACCOUNT_WORD_COUNT);
        String typed = String.join(sep, phrase.split(" "));
        typed = upper ? typed.toUpperCase(Locale.ROOT) : typed;
        assertThat(RecoveryPassword.decodeAccountSeed(sep + typed + sep)).isEqualTo(seed);
    }

    @Property(tries = 500)
    void anyWholeGroupRoundTrips(@ForAll("groups") byte[] data) throws InvalidRecoveryPasswordException {
        assertThat(RecoveryPassword.decode(RecoveryPassword.encode(data))).isEqualTo(data);
        assertThat(RecoveryPassword.decode(RecoveryPassword.encodeWithoutChecksum(data))).isEqualTo(data);
    }

    @Provide
    Arbitrary<String> phraseLike() {
        Arbitrary<String> phrases = seeds().map(RecoveryPassword::encode);
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz \u00a0\u200b").ofMaxLength(200),
                Combinators.combine(phrases, wordEdits().list().ofMinSize(1).ofMaxSize(3))
                        .as(RecoveryPasswordFuzzTest::edit),
                Mutations.of(phrases.map(p -> p.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)),
                groups().map(RecoveryPassword::encode)).injectNull(0.01);
    }

    @Provide
    Arbitrary<byte[]> seeds() {
        return Arbitraries.bytes().array(byte[].class).ofSize(RecoveryPassword.SEED_LENGTH)
                .edgeCases(c -> c.add(new byte[16]));
    }

    @Provide
    Arbitrary<byte[]> groups() {
        return Arbitraries.integers().between(1, 12).flatMap(
                k -> Arbitraries.bytes().array(byte[].class).ofSize(4 * k));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(SEPARATORS);
    }

    private Arbitrary<WordEdit> wordEdits() {
        return Combinators.combine(Arbitraries.of(Edit.values()), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 5000), Arbitraries.strings().all().ofMaxLength(6))
                .as(WordEdit::new);
    }

    private static String edit(String phrase, List<WordEdit> edits) {
        List<String> words = new ArrayList<>(Arrays.asList(phrase.split(" ")));
        List<String> list = WordList.english().words();
        for (WordEdit e : edits) {
            if (words.isEmpty()) {
                words.add(e.garbage());
                continue;
            }
            int i = e.at() % words.size();
            switch (e.edit()) {
                case DROP -> words.remove(i);
                case DUPLICATE -> words.add(i, words.get(i));
                case SWAP -> {
                    int j = e.other() % words.size();
                    String w = words.get(i);
                    words.set(i, words.get(j));
                    words.set(j, w);
                }
                case OTHER_WORD -> words.set(i, list.get(e.other() % list.size()));
                case PREFIX_ONLY -> words.set(i, words.get(i).substring(0, Math.min(3, words.get(i).length())));
                case EXTEND -> words.set(i, words.get(i) + e.garbage());
                case UPPER -> words.set(i, words.get(i).toUpperCase(Locale.ROOT));
                case GARBAGE -> words.set(i, e.garbage());
            }
        }
        return String.join(SEPARATORS.get(edits.size() % SEPARATORS.size()), words);
    }
}
