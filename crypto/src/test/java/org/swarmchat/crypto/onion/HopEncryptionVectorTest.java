package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.Vectors;

/** {@code onion_hop_encryption.json} "hop_decrypt": libsession's onion request encryption test. */
class HopEncryptionVectorTest {
    private JsonNode v;
    private X25519KeyPair client;
    private X25519KeyPair node;

    @BeforeEach
    void load() {
        v = Vectors.load("onion_hop_encryption.json").get("hop_decrypt");
        client = X25519KeyPair.fromPrivateKey(Vectors.hex(v.get("client_seckey_a")));
        node = X25519KeyPair.fromPrivateKey(Vectors.hex(v.get("node_seckey_b")));
    }

    @Test
    void vectorKeyPairsAreConsistent() {
        assertThat(client.publicKey()).isEqualTo(X25519PublicKey.fromHex(v.get("client_pubkey_A").asText()));
        assertThat(node.publicKey()).isEqualTo(X25519PublicKey.fromHex(v.get("node_pubkey_B").asText()));
    }

    @Test
    void derivedAesGcmKeyMatchesOnBothSides() throws Exception {
        byte[] expected = Vectors.hex(v.get("derived_aes_gcm_key_hex__derived_not_upstream"));

        assertThat(clientSide(EncryptionType.AES_GCM).keyBytes()).isEqualTo(expected);
        assertThat(nodeSide(EncryptionType.AES_GCM).keyBytes()).isEqualTo(expected);
    }

    @Test
    void derivedXChaCha20KeyMatchesOnBothSides() throws Exception {
        byte[] expected = Vectors.hex(v.get("derived_xchacha20_key_hex__derived_not_upstream"));

        assertThat(clientSide(EncryptionType.XCHACHA20).keyBytes()).isEqualTo(expected);
        assertThat(nodeSide(EncryptionType.XCHACHA20).keyBytes()).isEqualTo(expected);
    }

    @Test
    void aesGcmCiphertextOpensOnBothSides() throws Exception {
        assertOpens(EncryptionType.AES_GCM, "enc_gcm");
    }

    @Test
    void xChaCha20CiphertextOpensOnBothSides() throws Exception {
        assertOpens(EncryptionType.XCHACHA20, "enc_xchacha20");
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void brokenVariantsAreRejected(EncryptionType type) throws Exception {
        assertThat(v.get("broken_variants_must_fail").asBoolean()).isTrue();
        String field = type == EncryptionType.AES_GCM ? "enc_gcm" : "enc_xchacha20";
        for (String broken : new String[] {field + "_broken1", field + "_broken2"}) {
            byte[] wire = Vectors.hex(v.get(broken));
            HopKeys clientKey = clientSide(type);
            HopKeys nodeKey = nodeSide(type);
            assertThatThrownBy(() -> clientKey.decrypt(wire)).as(broken).isInstanceOf(DecryptionException.class);
            assertThatThrownBy(() -> nodeKey.decrypt(wire)).as(broken).isInstanceOf(DecryptionException.class);
        }
    }

    @Test
    void theOtherTypesKeyDoesNotOpenTheCiphertext() throws Exception {
        byte[] gcm = Vectors.hex(v.get("enc_gcm"));
        byte[] xchacha = Vectors.hex(v.get("enc_xchacha20"));
        HopKeys xchachaKey = nodeSide(EncryptionType.XCHACHA20);
        HopKeys gcmKey = nodeSide(EncryptionType.AES_GCM);

        assertThatThrownBy(() -> xchachaKey.decrypt(gcm)).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> gcmKey.decrypt(xchacha)).isInstanceOf(DecryptionException.class);
    }

    private void assertOpens(EncryptionType type, String field) throws Exception {
        byte[] wire = Vectors.hex(v.get(field));
        String expected = v.get("expected_plaintext_utf8").asText();

        assertThat(new String(clientSide(type).decrypt(wire), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new String(nodeSide(type).decrypt(wire), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private HopKeys clientSide(EncryptionType type) throws InvalidHopKeyException {
        return HopEncryption.forNode(client, node.publicKey(), type);
    }

    private HopKeys nodeSide(EncryptionType type) throws DecryptionException {
        return HopEncryption.forClient(node, client.publicKey(), type);
    }
}
