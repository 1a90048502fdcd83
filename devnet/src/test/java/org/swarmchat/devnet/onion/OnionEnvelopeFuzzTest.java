package org.swarmchat.devnet.onion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.JsonFuzz;
import org.swarmchat.crypto.fuzz.Mutations;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;

/**
 * Fuzzes the parsing of the devnet's onion endpoint: the request body ({@link OnionEnvelope#parse}), the decrypted
 * layer's instruction ({@link LayerInstruction#parse}) and the control JSON ({@link OnionJson#object}), with random
 * bytes, byte mutations of real bodies and layers, and field-level mutations of their JSON. Only
 * {@link OnionParseException} (the node's 400) may come out; envelopes round-trip.
 */
class OnionEnvelopeFuzzTest {
    private static final String KEY = "d871fc80ca007eed9b2f4df72853e2a2d5465a92fcb1889fb5c84aa2833b3b40";
    private static final List<String> VOCABULARY = List.of("ephemeral_key", "enc_type", "hop_no", "headers",
            "json", "base64", "host", "protocol", "port", "target", "destination", "method", "endpoint");
    private static final List<String> CONTROLS = List.of(
            "{\"ephemeral_key\":\"" + KEY + "\",\"enc_type\":\"xchacha20\",\"hop_no\":3}",
            "{\"ephemeral_key\":\"" + KEY + "\"}",
            "{\"headers\":{},\"json\":true,\"base64\":false}",
            "{\"headers\":\"\"}",
            "{\"host\":\"example.org\",\"protocol\":\"http\",\"port\":80,\"target\":\"/oxen/v4/lsrpc\"}",
            "{\"destination\":\"" + KEY + "\",\"ephemeral_key\":\"" + KEY + "\",\"enc_type\":\"aes-gcm\"}");

    @Property(tries = 2000)
    void requestBodiesParseOrAreRefused(@ForAll("bodies") byte[] body) {
        Fuzz.only(() -> OnionEnvelope.parse(body), OnionParseException.class).ifPresent(e ->
                assertThat(e.hopNo()).isNotNegative());
    }

    @Property(tries = 2000)
    void layersParseOrAreRefused(@ForAll("bodies") byte[] layer) {
        Fuzz.only(() -> LayerInstruction.parse(layer), OnionParseException.class).ifPresent(i -> {
            if (i instanceof LayerInstruction.ForServer s) {
                assertThat(s.port()).isBetween(0, 65_535);
                assertThat(Fuzz.only(() -> ServerProxy.allowed(s))).isPresent();
            }
        });
    }

    @Property(tries = 1000)
    void controlJsonReadsOrIsRefused(@ForAll("controlTexts") String json) {
        Fuzz.only(() -> OnionJson.object(json, "control"), OnionParseException.class)
                .ifPresent(node -> assertThat(node.isObject()).isTrue());
    }

    @Property(tries = 500)
    void envelopesRoundTrip(@ForAll @Size(max = 200) byte[] ciphertext, @ForAll @Size(value = 32) byte[] key,
            @ForAll boolean xchacha, @ForAll @IntRange(min = 0, max = 20) int hopNo) throws OnionParseException {
        OnionEnvelope sent = new OnionEnvelope(ciphertext, X25519PublicKey.of(key),
                xchacha ? EncryptionType.XCHACHA20 : EncryptionType.AES_GCM, hopNo);
        OnionEnvelope read = OnionEnvelope.parse(sent.encode());
        assertThat(read.ciphertext()).isEqualTo(ciphertext);
        assertThat(read.ephemeralKey()).isEqualTo(sent.ephemeralKey());
        assertThat(read.encType()).isEqualTo(sent.encType());
        assertThat(read.hopNo()).isEqualTo(hopNo);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        List<JsonNode> controls = CONTROLS.stream().map(OnionEnvelopeFuzzTest::json).toList();
        List<byte[]> seeds = CONTROLS.stream().map(c -> CombinedPayload.encode(new byte[] {1, 2, 3},
                c.getBytes(StandardCharsets.UTF_8))).toList();
        return Arbitraries.frequencyOf(
                Tuple.of(4, JsonFuzz.mutationsOf(controls, VOCABULARY).map(j -> CombinedPayload.encode(new byte[5],
                        OnionJson.bytes(j)))),
                Tuple.of(3, Mutations.of(seeds)),
                Tuple.of(1, JsonFuzz.objects(2, VOCABULARY).map(j -> CombinedPayload.encode(new byte[0],
                        OnionJson.bytes(j)))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(80)));
    }

    @Provide
    Arbitrary<String> controlTexts() {
        return Arbitraries.oneOf(Mutations.ofText(CONTROLS), Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.integers().between(1, 2000).map(n -> "{\"a\":".repeat(n)));
    }

    private static JsonNode json(String text) {
        try {
            return OnionJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
