package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;

class OnionResponseDecoderTest {
    private static final String REPLY = "{\"status\":200,\"body\":\"{}\"}";

    private final SecureRandom random = new SecureRandom();
    private HopKeys clientKey;
    private HopKeys nodeKey;

    @BeforeEach
    void keys() throws Exception {
        X25519KeyPair node = X25519KeyPair.generate(random);
        X25519KeyPair ephemeral = X25519KeyPair.generate(random);
        clientKey = HopEncryption.forNode(ephemeral, node.publicKey(), EncryptionType.AES_GCM);
        nodeKey = HopEncryption.forClient(node, ephemeral.publicKey(), EncryptionType.AES_GCM);
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void decodesBase64OfTheEncryptedResponse(EncryptionType type) throws Exception {
        X25519KeyPair node = X25519KeyPair.generate(random);
        X25519KeyPair ephemeral = X25519KeyPair.generate(random);
        HopKeys client = HopEncryption.forNode(ephemeral, node.publicKey(), type);
        HopKeys server = HopEncryption.forClient(node, ephemeral.publicKey(), type);

        String body = OnionLayerPeeler.encryptResponse(server, REPLY.getBytes(StandardCharsets.UTF_8), random);

        assertThat(body).matches("[A-Za-z0-9+/]+=*");
        assertThat(OnionResponseDecoder.decode(body, client)).isEqualTo(REPLY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheLegacyResultWrapperAndSurroundingWhiteSpace() throws Exception {
        String base64 = OnionLayerPeeler.encryptResponse(nodeKey, REPLY.getBytes(StandardCharsets.UTF_8), random);

        assertThat(OnionResponseDecoder.decodeText("{\"result\":\"" + base64 + "\"}", clientKey)).isEqualTo(REPLY);
        assertThat(OnionResponseDecoder.decodeText("{ \"result\" : \"" + base64 + "\" }\n", clientKey))
                .isEqualTo(REPLY);
        assertThat(OnionResponseDecoder.decodeText("  " + base64 + "\r\n", clientKey)).isEqualTo(REPLY);
    }

    @Test
    void acceptsUnpaddedBase64() throws Exception {
        byte[] wire = nodeKey.encrypt(new byte[] {'{', '}'}, random);
        String unpadded = Base64.getEncoder().withoutPadding().encodeToString(wire);

        assertThat(OnionResponseDecoder.decodeText(unpadded, clientKey)).isEqualTo("{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not base64!", "{\"status\":502}", "{\"result\":42}", "{\"result\":\"a\"",
            "Next node not found: 00"})
    void rejectsBodiesThatAreNotAnEncryptedResponse(String body) {
        assertThatThrownBy(() -> OnionResponseDecoder.decode(body, clientKey))
                .isInstanceOf(MalformedOnionException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> OnionResponseDecoder.decode(null, clientKey))
                .isInstanceOf(MalformedOnionException.class);
    }

    @Test
    void rejectsBase64ThatDoesNotDecrypt() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[20]);
        String garbage = Base64.getEncoder().encodeToString(new byte[64]);

        assertThatThrownBy(() -> OnionResponseDecoder.decode(tooShort, clientKey))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> OnionResponseDecoder.decode(garbage, clientKey))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void rejectsPlaintextThatIsNotUtf8() {
        String body = OnionLayerPeeler.encryptResponse(nodeKey, new byte[] {(byte) 0xc3, 0x28}, random);

        assertThatThrownBy(() -> OnionResponseDecoder.decodeText(body, clientKey))
                .isInstanceOf(MalformedOnionException.class);
    }
}
