package org.swarmchat.devnet.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.JsonFuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the storage RPC parameter parsing of the devnet's nodes ({@link RpcMethods#parse} for every method, with
 * {@link Params}, {@link ParseSupport}, {@link RequestAuth} and {@link UserPubkey} behind it) with field-level
 * mutations of valid params and random trees: only {@link RpcParseException} (the node's 400 "invalid request")
 * may come out. Anything else would reach the client as a 500 from the listener's last-resort handler.
 */
class RpcParamsFuzzTest {
    private static final String PUBKEY = "05" + "d871fc80ca007eed9b2f4df72853e2a2d5465a92fcb1889fb5c84aa2833b3b40";
    private static final String ED = "8a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809";
    private static final String SIG = Base64.getEncoder().encodeToString(new byte[64]);
    private static final String HASH = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    private static final String DATA = "aGVsbG8=";
    private static final long TS = 1_700_000_000_000L;
    private static final String AUTH = "\"pubkey\":\"%s\",\"pubkey_ed25519\":\"%s\",\"signature\":\"%s\""
            .formatted(PUBKEY, ED, SIG);

    private static final List<Tuple.Tuple2<String, String>> VALID = List.of(
            Tuple.of("store", "{\"pubkey\":\"%s\",\"timestamp\":%d,\"ttl\":86400000,\"namespace\":0,\"data\":\"%s\"}"
                    .formatted(PUBKEY, TS, DATA)),
            Tuple.of("store", ("{%s,\"timestamp\":\"%d\",\"expiry\":%d,\"namespace\":2,\"sig_timestamp\":%d,"
                    + "\"data\":\"%s\"}").formatted(AUTH, TS, TS + 1000, TS, DATA)),
            Tuple.of("retrieve", "{%s,\"timestamp\":%d,\"namespace\":0,\"last_hash\":\"%s\",\"max_size\":-4}"
                    .formatted(AUTH, TS, HASH)),
            Tuple.of("retrieve", "{\"pubKey\":\"%s\",\"lastHash\":\"\",\"max_count\":10}".formatted(PUBKEY)),
            Tuple.of("delete", "{%s,\"messages\":[\"%s\"],\"required\":true}".formatted(AUTH, HASH)),
            Tuple.of("delete_all", "{%s,\"timestamp\":%d,\"namespace\":\"all\"}".formatted(AUTH, TS)),
            Tuple.of("delete_before", "{%s,\"before\":%d,\"namespace\":5}".formatted(AUTH, TS)),
            Tuple.of("expire", "{%s,\"messages\":[\"%s\",\"%s\"],\"expiry\":[%d,%d],\"shorten\":true}"
                    .formatted(AUTH, HASH, HASH, TS, TS)),
            Tuple.of("expire_all", "{%s,\"expiry\":%d,\"namespace\":\"all\"}".formatted(AUTH, TS)),
            Tuple.of("get_expiries", "{%s,\"timestamp\":%d,\"messages\":[\"%s\"]}".formatted(AUTH, TS, HASH)),
            Tuple.of("get_swarm", "{\"pubkey\":\"%s\"}".formatted(PUBKEY)),
            Tuple.of("get_snodes_for_pubkey", "{\"pubKey\":\"%s\"}".formatted(PUBKEY)),
            Tuple.of("info", "{}"),
            Tuple.of("oxend_request", "{\"endpoint\":\"get_service_nodes\",\"params\":{\"active_only\":true}}"),
            Tuple.of("batch", "{\"requests\":[{\"method\":\"info\",\"params\":{}},{\"method\":\"get_swarm\","
                    + "\"params\":{\"pubkey\":\"%s\"}}]}".formatted(PUBKEY)),
            Tuple.of("sequence", "{\"requests\":[{\"method\":\"retrieve\",\"params\":{%s,\"timestamp\":%d}}]}"
                    .formatted(AUTH, TS)),
            Tuple.of("ifelse", "{\"if\":{\"hf_at_least\":[19,3],\"v_before\":[2,9,0],\"height_at_least\":5},"
                    + "\"then\":{\"method\":\"info\",\"params\":{}},\"else\":{\"method\":\"batch\","
                    + "\"params\":{\"requests\":[{\"method\":\"info\",\"params\":{}}]}}}"));

    private static final List<String> VOCABULARY = List.of("pubkey", "pubKey", "pubkey_ed25519", "signature",
            "timestamp", "sig_timestamp", "ttl", "expiry", "namespace", "data", "subaccount", "subaccount_sig",
            "last_hash", "lastHash", "max_count", "max_size", "reverse_direction", "messages", "required", "before",
            "shorten", "extend", "endpoint", "params", "requests", "method", "if", "then", "else", "hf_at_least",
            "hf_before", "v_at_least", "v_before", "height_at_least", "height_before");

    private final RpcMethods methods = new RpcMethods();

    @Property(tries = 2000)
    void paramsParseOrAreAnInvalidRequest(@ForAll("calls") Tuple.Tuple2<String, JsonNode> call) {
        Fuzz.only(() -> methods.parse(call.get1(), call.get2()), RpcParseException.class);
    }

    @Property(tries = 2000)
    void keysHashesAndSignaturesMayHoldAnyText(@ForAll("seeds") Tuple.Tuple2<String, String> seed,
            @ForAll @IntRange(min = 0, max = 100) int which, @ForAll("charEdits") List<int[]> edits) {
        ObjectNode params = (ObjectNode) json(seed.get2());
        List<String> texts = new ArrayList<>();
        params.properties().forEach(m -> {
            if (m.getValue().isTextual() || m.getValue().isArray()) {
                texts.add(m.getKey());
            }
        });
        if (!texts.isEmpty()) {
            // The member's own value, edited a character or three: a key with one odd digit, a hash one short.
            String member = texts.get(which % texts.size());
            JsonNode value = params.get(member);
            if (value instanceof ArrayNode array && !array.isEmpty()) {
                array.set(0, Mutations.applyChars(array.get(0).asText(), edits));
            } else {
                params.put(member, Mutations.applyChars(value.asText(), edits));
            }
        }
        Fuzz.only(() -> methods.parse(seed.get1(), params), RpcParseException.class);
    }

    @Example
    void theSeedParamsParse() {
        for (Tuple.Tuple2<String, String> valid : VALID) {
            assertThat(methods.parse(valid.get1(), json(valid.get2()))).as(valid.get1()).isNotNull();
        }
    }

    @Example
    void aPubkeyOfNonAsciiDigitsIsAnInvalidRequestNotACrash() {
        // Character.digit accepts fullwidth and Arabic-Indic digits, which Hex.decode then refused with a
        // DecoderException (an IllegalStateException): the node answered 500 instead of 400.
        String fullwidth = "\uff10\uff15" + PUBKEY.substring(2);
        Fuzz.only(() -> methods.parse("get_swarm", json("{\"pubkey\":\"" + fullwidth + "\"}")),
                RpcParseException.class);
        Fuzz.only(() -> methods.parse("store", json(VALID.get(0).get2().replace(PUBKEY, fullwidth))),
                RpcParseException.class);
        // The same digits in pubkey_ed25519 were silently read as hex; the real server refuses them.
        String edWithFullwidth = "\uff18" + ED.substring(1);
        assertThatThrownBy(() -> methods.parse("delete", json(VALID.get(4).get2().replace(ED, edWithFullwidth))))
                .isInstanceOf(RpcParseException.class).hasMessageContaining("not hex");
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> seeds() {
        return Arbitraries.of(VALID);
    }

    @Provide
    Arbitrary<List<int[]>> charEdits() {
        return Mutations.charEdits();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, JsonNode>> calls() {
        List<String> names = VALID.stream().map(Tuple.Tuple2::get1).distinct().toList();
        Arbitrary<Tuple.Tuple2<String, JsonNode>> mutated = Arbitraries.of(VALID).flatMap(v ->
                JsonFuzz.mutationsOf(List.of(json(v.get2())), VOCABULARY).map(p -> Tuple.of(v.get1(), p)));
        Arbitrary<Tuple.Tuple2<String, JsonNode>> random = Arbitraries.of(names).flatMap(name ->
                JsonFuzz.objects(2, VOCABULARY).map(p -> Tuple.of(name, p)));
        Arbitrary<Tuple.Tuple2<String, JsonNode>> notObjects = Arbitraries.of(names).flatMap(name ->
                JsonFuzz.scalars().map(p -> Tuple.of(name, p)));
        return Arbitraries.frequencyOf(Tuple.of(6, mutated), Tuple.of(2, random), Tuple.of(1, notObjects));
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(text, e);
        }
    }
}
