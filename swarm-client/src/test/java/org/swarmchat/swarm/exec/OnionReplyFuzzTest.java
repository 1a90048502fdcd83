package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.JsonFuzz;
import org.swarmchat.crypto.fuzz.Mutations;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.HopEncryption;
import org.swarmchat.crypto.onion.HopKeys;
import org.swarmchat.crypto.onion.MalformedOnionException;
import org.swarmchat.crypto.onion.OnionLayerPeeler;
import org.swarmchat.crypto.onion.OnionResponseDecoder;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;

/**
 * Fuzzes what the request pipeline reads from the network besides the typed replies: the onion executor's
 * decoding of the destination's {@code {"status","body"}} ({@link OnionExecutor#destinationReply}, alone and
 * behind {@link OnionResponseDecoder} as the executor chains them), {@link BatchReplies#parse} and the relays'
 * plain-text errors ({@link RelayError#parse}, which never throws).
 */
class OnionReplyFuzzTest {
    private static final Snode DESTINATION = new Snode(Ed25519PublicKey.of(new byte[32]),
            X25519PublicKey.of(new byte[] {9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                22, 23, 24, 25, 26, 27, 28, 29, 30, 31}), "127.0.0.1", 22021);
    private static final SecureRandom RANDOM = deterministicRandom();
    private static final HopKeys KEY = key();
    private static final List<String> VOCABULARY = List.of("status", "status_code", "body", "results", "code",
            "headers");
    private static final String NODE_HEX = "d871fc80ca007eed9b2f4df72853e2a2d5465a92fcb1889fb5c84aa2833b3b40";

    @Property(tries = 2000)
    void destinationRepliesParseOrAreMalformed(@ForAll("destinationReplies") byte[] plaintext) {
        Fuzz.only(() -> OnionExecutor.destinationReply(DESTINATION, plaintext), MalformedResponseException.class)
                .ifPresent(reply -> assertThat(reply.node()).isEqualTo(DESTINATION));
    }

    @Property(tries = 1000)
    void encryptedRepliesDecodeAsTheExecutorChainsThem(@ForAll("destinationReplies") byte[] plaintext,
            @ForAll("textMutations") List<Mutations.Mutation> mutations, @ForAll boolean mutate) {
        String sent = OnionLayerPeeler.encryptResponse(KEY, plaintext, RANDOM);
        String body = mutate ? new String(Mutations.apply(sent.getBytes(StandardCharsets.UTF_8), mutations),
                StandardCharsets.UTF_8) : sent;
        Fuzz.only(() -> OnionExecutor.destinationReply(DESTINATION, OnionResponseDecoder.decode(body, KEY)),
                MalformedOnionException.class, DecryptionException.class, MalformedResponseException.class);
    }

    @Property(tries = 2000)
    void batchRepliesParseOrAreMalformed(@ForAll("batchBodies") byte[] body) {
        Fuzz.only(() -> BatchReplies.parse(body, "node"), MalformedResponseException.class)
                .ifPresent(results -> results.forEach(r -> assertThat(r.code()).isBetween(100, 599)));
    }

    @Property(tries = 2000)
    void relayErrorsAlwaysClassify(@ForAll @IntRange(min = 100, max = 599) int status,
            @ForAll("relayTexts") String text) {
        RelayError error = Fuzz.only(() -> RelayError.parse(status, text)).orElseThrow();
        assertThat(error.kind()).isNotNull();
        assertThat(Fuzz.only(error::describe)).isPresent();
        if (error.node().isPresent()) {
            assertThat(error.kind()).isIn(RelayError.Kind.NODE_UNREACHABLE, RelayError.Kind.NODE_NOT_READY);
        }
    }

    @Provide
    Arbitrary<byte[]> destinationReplies() {
        List<JsonNode> seeds = List.of(json("{\"status\":200,\"body\":{\"t\":1}}"),
                json("{\"status_code\":421,\"body\":\"{\\\"snodes\\\":[]}\"}"), json("{\"status\":500,\"body\":null}"));
        return Arbitraries.frequencyOf(
                Tuple.of(4, JsonFuzz.mutationsOf(seeds, VOCABULARY).map(SnodeJson::bytes)),
                Tuple.of(2, Mutations.of(seeds.stream().map(SnodeJson::bytes).toList())),
                Tuple.of(1, JsonFuzz.objects(3, VOCABULARY).map(SnodeJson::bytes)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(60)));
    }

    @Provide
    Arbitrary<List<Mutations.Mutation>> textMutations() {
        return Mutations.mutations();
    }

    @Provide
    Arbitrary<byte[]> batchBodies() {
        JsonNode seed = json("{\"results\":[{\"code\":200,\"body\":{\"hash\":\"x\"}},{\"code\":421,\"body\":\"no\"},"
                + "{\"code\":\"500\"}]}");
        return Arbitraries.frequencyOf(
                Tuple.of(4, JsonFuzz.mutationsOf(List.of(seed), VOCABULARY).map(SnodeJson::bytes)),
                Tuple.of(2, Mutations.of(List.of(SnodeJson.bytes(seed)))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(60)));
    }

    @Provide
    Arbitrary<String> relayTexts() {
        return Arbitraries.oneOf(
                Mutations.ofText(List.of("Next node not found: " + NODE_HEX,
                        "Snode not ready: " + NODE_HEX.toUpperCase(java.util.Locale.ROOT),
                        "Next node is currently unreachable:" + NODE_HEX, "Service node is not ready: syncing",
                        "Request time out", "Invalid ciphertext")),
                Arbitraries.strings().all().ofMaxLength(200)).injectNull(0.02);
    }

    private static JsonNode json(String text) {
        try {
            return SnodeJson.parse(text.getBytes(StandardCharsets.UTF_8), "seed");
        } catch (MalformedResponseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HopKeys key() {
        try {
            return HopEncryption.forNode(X25519KeyPair.generate(RANDOM), X25519KeyPair.generate(RANDOM).publicKey(),
                    EncryptionType.AES_GCM);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecureRandom deterministicRandom() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(11L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
