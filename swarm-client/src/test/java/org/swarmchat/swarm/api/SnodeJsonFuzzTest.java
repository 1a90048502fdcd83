package org.swarmchat.swarm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.JsonFuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the JSON layer every reply goes through first: {@link SnodeJson#parse} and {@link SnodeJson#parseObject}
 * on random and mutated reply bytes, the member readers on random trees, and the key and base64 readers on random
 * text. Only {@link MalformedResponseException} may come out (never a raw Jackson exception), and what parses
 * round-trips through {@link SnodeJson#bytes}.
 */
class SnodeJsonFuzzTest {
    private static final List<String> FIELDS = List.of("a", "hash", "expiry", "messages", "pubkey_ed25519");

    @Property(tries = 2000)
    void anyBytesParseOrAreMalformed(@ForAll("replyBytes") byte[] body) {
        Fuzz.only(() -> SnodeJson.parse(body, "reply"), MalformedResponseException.class).ifPresent(node ->
                assertThat(Fuzz.only(() -> SnodeJson.parse(SnodeJson.bytes(node), "again"))).contains(node));
        Fuzz.only(() -> SnodeJson.parseObject(body, "reply"), MalformedResponseException.class)
                .ifPresent(o -> assertThat(o.isObject()).isTrue());
        if (body != null) {
            assertThat(Fuzz.only(() -> SnodeJson.preview(body))).isPresent();
        }
    }

    @Property(tries = 2000)
    void memberReadersReadOrSayWhatIsMissing(@ForAll("trees") JsonNode node, @ForAll("fields") String field) {
        // The parent is never null: parsers read members of a parsed body or of its elements, never of a missing
        // member, which only requireObject is given.
        Fuzz.only(() -> SnodeJson.requireObject(node.get(field), "x"), MalformedResponseException.class);
        Fuzz.only(() -> SnodeJson.requireObject(node, "x"), MalformedResponseException.class);
        Fuzz.only(() -> SnodeJson.requireArray(node, field, "x"), MalformedResponseException.class);
        Fuzz.only(() -> SnodeJson.requireText(node, field, "x"), MalformedResponseException.class);
        Fuzz.only(() -> SnodeJson.requireLong(node, field, "x"), MalformedResponseException.class);
        Fuzz.only(() -> SnodeJson.requireEd25519(node, field, "x"), MalformedResponseException.class);
        Fuzz.only(() -> SnodeJson.requireX25519(node, field, "x"), MalformedResponseException.class);
    }

    @Property(tries = 2000)
    void keysAndBase64DecodeOrAreMalformed(@ForAll("texts") String text) {
        Fuzz.only(() -> SnodeJson.ed25519(text, "key"), MalformedResponseException.class)
                .ifPresent(k -> assertThat(k.hex()).isEqualToIgnoringCase(text));
        Fuzz.only(() -> SnodeJson.base64(text, "data"), MalformedResponseException.class);
    }

    @Provide
    Arbitrary<byte[]> replyBytes() {
        List<byte[]> seeds = List.of(ReplyParserFuzzTest.validBatch(), ReplyParserFuzzTest.validSwarm(),
                ReplyParserFuzzTest.validInfo()).stream().map(SnodeJson::bytes).toList();
        return Arbitraries.oneOf(Mutations.of(seeds), Arbitraries.bytes().array(byte[].class).ofMaxSize(100),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+truefalsnl \\u").ofMaxLength(60)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(1, 3000).map(n -> ("[".repeat(n) + "]".repeat(n))
                        .getBytes(StandardCharsets.UTF_8))).injectNull(0.01);
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        return JsonFuzz.trees(2, FIELDS);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(70),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF+/=").ofMinLength(60).ofMaxLength(68),
                Mutations.ofText(List.of("d871fc80ca007eed9b2f4df72853e2a2d5465a92fcb1889fb5c84aa2833b3b40",
                        "AQIDBA==")));
    }
}
