package org.swarmchat.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Vectors;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException.Reason;

/** Every vector of {@code mnemonic.json} except the word-list section, which {@link WordListTest} checks. */
class RecoveryPasswordVectorTest {
    private static final String EQUIVALENT_PREFIX = "equivalent_phrases_for_";

    private static JsonNode vectors() {
        return Vectors.load("mnemonic.json");
    }

    @Test
    void upstreamVectorsEncodeAndDecode() throws Exception {
        JsonNode cases = vectors().get("upstream_vectors");
        assertThat(cases).hasSize(4);
        for (JsonNode v : cases) {
            byte[] seed = Vectors.hex(v.get("seed_hex"));
            if (v.has("mnemonic")) {
                String phrase = v.get("mnemonic").asText();
                assertThat(RecoveryPassword.encode(seed)).as(phrase).isEqualTo(phrase);
                assertThat(RecoveryPassword.decode(phrase)).as(phrase).isEqualTo(seed);
                assertThat(phrase.split(" ")).hasSize(seed.length / 4 * 3 + 1);
                if (seed.length == RecoveryPassword.SEED_LENGTH) {
                    assertThat(RecoveryPassword.decodeAccountSeed(phrase)).as(phrase).isEqualTo(seed);
                }
            } else {
                String phrase = v.get("mnemonic_no_checksum").asText();
                assertThat(RecoveryPassword.encodeWithoutChecksum(seed)).as(phrase).isEqualTo(phrase);
                assertThat(RecoveryPassword.decode(phrase)).as(phrase).isEqualTo(seed);
                assertThat(phrase.split(" ")).hasSize(seed.length / 4 * 3);
            }
        }
    }

    @Test
    void theOnlyWordsThatMatterAreTheFirstThreeLetters() throws Exception {
        JsonNode tolerance = vectors().get("upstream_prefix_tolerance");
        List<String> seedsChecked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : tolerance.properties()) {
            if (!field.getKey().startsWith(EQUIVALENT_PREFIX)) {
                continue;
            }
            // The field name carries the seed the phrases must all decode to.
            byte[] seed = HexFormat.of().parseHex(field.getKey().substring(EQUIVALENT_PREFIX.length()));
            assertThat(field.getValue()).isNotEmpty();
            for (JsonNode phrase : field.getValue()) {
                assertThat(RecoveryPassword.decode(phrase.asText())).as(phrase.asText()).isEqualTo(seed);
                assertThat(RecoveryPassword.decodeAccountSeed(phrase.asText())).as(phrase.asText()).isEqualTo(seed);
            }
            seedsChecked.add(field.getKey());
        }
        assertThat(seedsChecked).isNotEmpty();
    }

    @Test
    void aWrongChecksumWordIsRejected() {
        JsonNode phrases = vectors().get("upstream_prefix_tolerance").get("must_fail_checksum");
        assertThat(phrases).isNotEmpty();
        for (JsonNode phrase : phrases) {
            assertThat(failureOfDecode(phrase.asText()).reason()).as(phrase.asText()).isEqualTo(Reason.BAD_CHECKSUM);
            assertThat(failureOfAccountDecode(phrase.asText()).reason()).as(phrase.asText())
                    .isEqualTo(Reason.BAD_CHECKSUM);
        }
    }

    @Test
    void aWordNotInTheListIsNamedWithItsPosition() {
        JsonNode phrases = vectors().get("upstream_prefix_tolerance").get("must_fail_unknown_word");
        assertThat(phrases).isNotEmpty();
        for (JsonNode phrase : phrases) {
            String[] words = phrase.asText().split(" ");
            int expected = firstUnknown(words);
            for (InvalidRecoveryPasswordException e
                    : List.of(failureOfDecode(phrase.asText()), failureOfAccountDecode(phrase.asText()))) {
                assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_WORD);
                assertThat(e.position()).hasValue(expected + 1);
                assertThat(e.word()).contains(words[expected]);
                assertThat(e).hasMessage("unknown word \"" + words[expected] + "\" (word " + (expected + 1) + ")");
            }
        }
    }

    @Test
    void derivedAccountsComeFromTheirSeeds() throws Exception {
        JsonNode accounts = vectors().get("derived_accounts__derived_not_upstream");
        assertThat(accounts).isNotEmpty();
        for (JsonNode v : accounts) {
            byte[] seed = Vectors.hex(v.get("seed16"));
            String phrase = v.get("mnemonic").asText();
            assertThat(RecoveryPassword.encode(seed)).isEqualTo(phrase);
            assertThat(RecoveryPassword.decodeAccountSeed(phrase)).isEqualTo(seed);

            Ed25519KeyPair keys = RecoveryPassword.keyPairOf(seed);
            assertThat(keys.seed()).as(phrase).isEqualTo(Vectors.hex(v.get("ed25519_seed")));
            assertThat(keys.publicKey().hex()).as(phrase).isEqualTo(v.get("ed25519_pk").asText());
            assertThat(keys.toX25519().publicKey().hex()).as(phrase).isEqualTo(v.get("x25519_pk").asText());
            assertThat(AccountId.of(keys).hex()).as(phrase).isEqualTo(v.get("account_id").asText());
        }
    }

    private static int firstUnknown(String[] words) {
        List<String> prefixes = WordList.english().words().stream().map(WordList::prefixOf).toList();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() < WordList.PREFIX_LENGTH || !prefixes.contains(WordList.prefixOf(words[i]))) {
                return i;
            }
        }
        throw new AssertionError("vector has no unknown word");
    }

    private static InvalidRecoveryPasswordException failureOfDecode(String phrase) {
        return failure(phrase, () -> RecoveryPassword.decode(phrase));
    }

    private static InvalidRecoveryPasswordException failureOfAccountDecode(String phrase) {
        return failure(phrase, () -> RecoveryPassword.decodeAccountSeed(phrase));
    }

    private static InvalidRecoveryPasswordException failure(String phrase, ThrowingCallable decoding) {
        InvalidRecoveryPasswordException e = catchThrowableOfType(InvalidRecoveryPasswordException.class, decoding);
        assertThat(e).as("decoding must fail: " + phrase).isNotNull();
        return e;
    }
}
