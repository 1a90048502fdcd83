package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.Vectors;

/** {@code onion_hop_encryption.json} "combined_payload_parse": libsession's onion request parser test. */
class CombinedPayloadVectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"blob_aes_gcm, AES_GCM, expected_reply_len_aes_gcm",
            "blob_xchacha20, XCHACHA20, expected_reply_len_xchacha20"})
    void nodeParsesDecryptsAndRepliesAsLibsessionDoes(String blobField, EncryptionType expectedType,
            String replyLengthField) throws Exception {
        JsonNode v = Vectors.load("onion_hop_encryption.json").get("combined_payload_parse");
        X25519KeyPair node = X25519KeyPair.fromPrivateKey(Vectors.hex(v.get("node_seckey_b")));
        X25519KeyPair client = X25519KeyPair.fromPrivateKey(Vectors.hex(v.get("client_seckey_a")));
        assertThat(node.publicKey().hex()).isEqualTo(v.get("node_pubkey_B").asText());
        assertThat(client.publicKey().hex()).isEqualTo(v.get("client_pubkey_A").asText());

        CombinedPayload payload = CombinedPayload.decode(Vectors.hex(v.get(blobField)));
        JsonNode control = JSON.readTree(payload.json());
        EncryptionType type = EncryptionType.parse(control.get("enc_type").asText());
        X25519PublicKey ephemeral = X25519PublicKey.fromHex(control.get("ephemeral_key").asText());

        assertThat(type).isEqualTo(expectedType);
        assertThat(ephemeral.hex()).isEqualTo(v.get("expected_remote_pubkey").asText());

        PeeledLayer layer = OnionLayerPeeler.decryptLayer(node, ephemeral, type, payload.blob());
        assertThat(new String(layer.plaintext(), StandardCharsets.UTF_8))
                .isEqualTo(v.get("expected_payload_utf8").asText());

        byte[] replyPlaintext = v.get("reply_plaintext_utf8").asText().getBytes(StandardCharsets.UTF_8);
        byte[] reply = layer.replyKey().encrypt(replyPlaintext, new SecureRandom());
        assertThat(reply).hasSize(v.get(replyLengthField).asInt());

        HopKeys clientKey = HopEncryption.forNode(client, node.publicKey(), type);
        assertThat(clientKey.decrypt(reply)).isEqualTo(replyPlaintext);
    }
}
