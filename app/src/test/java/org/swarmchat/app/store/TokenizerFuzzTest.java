package org.swarmchat.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the search tokenizer ({@link Tokenizer#words}), which reads every message text and every query: it never
 * throws, returns at most {@code max} distinct non-empty words, and tokenizing its own words again gives the same
 * words (indexing and querying agree).
 */
class TokenizerFuzzTest {
    private static final List<String> TEXTS = List.of("Hello, world! Hello again.", "ﬁle Ｆｕｌｌ İstanbul ß",
            "e\u0301clair naïve 東京 Привет", "a-b_c d.e 123 4,5");

    @Property(tries = 2000)
    void anyTextSplitsIntoDistinctWords(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 20) int max) {
        List<String> words = Fuzz.only(() -> Tokenizer.words(text, max)).orElseThrow();
        assertThat(words).hasSizeLessThanOrEqualTo(max).doesNotHaveDuplicates().allMatch(w -> !w.isEmpty());
        assertThat(Tokenizer.words(String.join(" ", words), Integer.MAX_VALUE)).isEqualTo(words);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Mutations.ofText(TEXTS), Mutations.ofChars(TEXTS),
                Arbitraries.strings().all().ofMaxLength(200));
    }
}
