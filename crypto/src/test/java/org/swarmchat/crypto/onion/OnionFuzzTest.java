package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the onion parsing of both ends: {@link CombinedPayload#decode} (only {@link MalformedOnionException}),
 * {@link OnionResponseDecoder#decode}/{@link OnionResponseDecoder#decodeText} (only {@link MalformedOnionException}
 * and {@link DecryptionException}), {@link OnionLayerPeeler#decryptLayer} with {@link PeeledLayer#payload} (only
 * {@link DecryptionException}, then {@link MalformedOnionException}), {@link HopKeys#decrypt} and
 * {@link EncryptionType#parse}; with random input and mutations of real payloads, layers and responses.
 */
class OnionFuzzTest {
    private static final SecureRandom RANDOM = deterministicRandom();
    private static final X25519KeyPair NODE = X25519KeyPair.fromPrivateKey(filled(7));
    private static final X25519KeyPair CLIENT = X25519KeyPair.fromPrivateKey(filled(9));
    private static final HopKeys GCM = key(EncryptionType.AES_GCM);
    private static final HopKeys XCHACHA = key(EncryptionType.XCHACHA20);
    private static final byte[] REPLY = "{\"status\":200,\"body\":{\"t\":1}}".getBytes(StandardCharsets.UTF_8);
    private static final List<byte[]> PAYLOADS = List.of(
            CombinedPayload.encode(new byte[] {1, 2, 3}, "{\"headers\":{}}".getBytes(StandardCharsets.UTF_8)),
            CombinedPayload.encode(new byte[0], "{\"destination\":\"ab\",\"ephemeral_key\":\"cd\"}"
                    .getBytes(StandardCharsets.UTF_8)),
            CombinedPayload.encode(new byte[40], new byte[0]));

    @Property(tries = 2000)
    void anyPayloadSplitsOrIsMalformed(@ForAll("payloads") byte[] payload) {
        Fuzz.only(() -> CombinedPayload.decode(payload), MalformedOnionException.class).ifPresent(p ->
                assertThat(CombinedPayload.encode(p.blob(), p.jsonBytes())).isEqualTo(payload));
    }

    @Property(tries = 1000)
    void payloadsRoundTrip(@ForAll @Size(max = 300) byte[] blob, @ForAll("jsonText") String json)
            throws MalformedOnionException {
        CombinedPayload p = CombinedPayload.decode(CombinedPayload.encode(blob,
                json.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.blob()).isEqualTo(blob);
        assertThat(p.json()).isEqualTo(json);
    }

    @Property(tries = 2000)
    void anyResponseDecodesOrFailsAsDeclared(@ForAll("responses") String body) {
        Fuzz.only(() -> OnionResponseDecoder.decode(body, GCM), MalformedOnionException.class,
                DecryptionException.class).ifPresent(plain -> assertThat(plain).isEqualTo(REPLY));
        Fuzz.only(() -> OnionResponseDecoder.decodeText(body, XCHACHA), MalformedOnionException.class,
                DecryptionException.class);
    }

    @Property(tries = 500)
    void responsesRoundTrip(@ForAll @Size(max = 300) byte[] plaintext, @ForAll boolean xchacha, @ForAll boolean legacy)
            throws Exception {
        HopKeys key = xchacha ? XCHACHA : GCM;
        String body = OnionLayerPeeler.encryptResponse(key, plaintext, RANDOM);
        String sent = legacy ? "{ \"result\" : \"" + body + "\" }\n" : body;
        assertThat(OnionResponseDecoder.decode(sent, key)).isEqualTo(plaintext);
    }

    @Property(tries = 1000)
    void anyLayerOpensOrFailsAsDeclared(@ForAll("layers") byte[] blob, @ForAll("ephemeralKeys") byte[] ephemeral,
            @ForAll boolean xchacha) {
        EncryptionType type = xchacha ? EncryptionType.XCHACHA20 : EncryptionType.AES_GCM;
        Optional<PeeledLayer> layer = Fuzz.only(() -> OnionLayerPeeler.decryptLayer(NODE, X25519PublicKey.of(ephemeral),
                type, blob), DecryptionException.class);
        layer.ifPresent(l -> Fuzz.only(l::payload, MalformedOnionException.class));
    }

    @Property(tries = 2000)
    void anyCiphertextDecryptsOrFailsAsDeclared(@ForAll("layers") byte[] wire) {
        Fuzz.only(() -> GCM.decrypt(wire), DecryptionException.class);
        Fuzz.only(() -> XCHACHA.decrypt(wire), DecryptionException.class);
    }

    @Property(tries = 2000)
    void anyEncTypeParsesOrIsMalformed(@ForAll("encTypes") String text) {
        Fuzz.only(() -> EncryptionType.parse(text), MalformedOnionException.class)
                .ifPresent(t -> assertThat(Fuzz.only(() -> EncryptionType.parse(t.wireName()))).contains(t));
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.oneOf(Mutations.of(PAYLOADS), Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }

    @Provide
    Arbitrary<String> jsonText() {
        return Arbitraries.strings().ofMaxLength(80)
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> responses() {
        String b64 = OnionLayerPeeler.encryptResponse(GCM, REPLY, RANDOM);
        List<String> seeds = List.of(b64, "{\"result\":\"" + b64 + "\"}", "  " + b64 + "\r\n",
                OnionLayerPeeler.encryptResponse(XCHACHA, REPLY, RANDOM), "{\"result\":\"\"}");
        return Arbitraries.oneOf(Mutations.ofText(seeds),
                Arbitraries.strings().withChars("ABCabc0123+/={}\"result: \n").ofMaxLength(120),
                Arbitraries.strings().all().ofMaxLength(40)).injectNull(0.01);
    }

    @Provide
    Arbitrary<byte[]> layers() {
        List<byte[]> seeds = new ArrayList<>();
        for (byte[] p : PAYLOADS) {
            seeds.add(GCM.encrypt(p, RANDOM));
            seeds.add(XCHACHA.encrypt(p, RANDOM));
        }
        return Arbitraries.oneOf(Mutations.of(seeds), Arbitraries.bytes().array(byte[].class).ofMaxSize(80));
    }

    @Provide
    Arbitrary<byte[]> ephemeralKeys() {
        byte[] smallOrder = new byte[32];
        byte[] one = new byte[32];
        one[0] = 1;
        return Arbitraries.oneOf(Arbitraries.of(CLIENT.publicKey().bytes(), smallOrder, one, filled(0xff)),
                Mutations.of(List.of(CLIENT.publicKey().bytes())).filter(b -> b.length == 32),
                Arbitraries.bytes().array(byte[].class).ofSize(32));
    }

    @Provide
    Arbitrary<String> encTypes() {
        return Arbitraries.oneOf(Arbitraries.of("aes-gcm", "gcm", "xchacha20", "xchacha20-poly1305", "aes-cbc", "cbc",
                "AES-GCM", "aes-gcm ", ""), Mutations.ofText(List.of("aes-gcm", "xchacha20-poly1305")),
                Arbitraries.strings().all().ofMaxLength(20)).injectNull(0.02);
    }

    private static HopKeys key(EncryptionType type) {
        try {
            return HopEncryption.forNode(CLIENT, NODE.publicKey(), type);
        } catch (InvalidHopKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] filled(int value) {
        byte[] b = new byte[32];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    private static SecureRandom deterministicRandom() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(7L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
