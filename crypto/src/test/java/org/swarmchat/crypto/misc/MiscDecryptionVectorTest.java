package org.swarmchat.crypto.misc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Vectors;
import org.swarmchat.crypto.internal.XChaCha20Poly1305;

/** {@code session_misc_decrypt.json}: libsession's ONS and push notification decryption tests. */
class MiscDecryptionVectorTest {
    private JsonNode file;

    @BeforeEach
    void load() {
        file = Vectors.load("session_misc_decrypt.json");
    }

    @Test
    void onsResponseDecryptsToTheAccountId() throws DecryptionException {
        JsonNode v = file.get("ons_response");

        assertThat(OnsResponseDecryption.decrypt(v.get("name").asText(), Vectors.hex(v.get("ciphertext")),
                Vectors.hex(v.get("nonce"))).hex()).isEqualTo(v.get("expected_account_id").asText());
    }

    @Test
    void onsNamesAreCaseInsensitive() throws DecryptionException {
        JsonNode v = file.get("ons_response");

        assertThat(OnsResponseDecryption.decrypt("TeSt", Vectors.hex(v.get("ciphertext")),
                Vectors.hex(v.get("nonce"))).hex()).isEqualTo(v.get("expected_account_id").asText());
    }

    @Test
    void onsRejectsAsLibsessionDoes() {
        JsonNode v = file.get("ons_response");
        byte[] ciphertext = Vectors.hex(v.get("ciphertext"));
        byte[] nonce = Vectors.hex(v.get("nonce"));
        byte[] invalid = "invalid".getBytes(StandardCharsets.US_ASCII);
        byte[] flipped = ciphertext.clone();
        flipped[0] ^= 1;

        assertThatThrownBy(() -> OnsResponseDecryption.decrypt("test", invalid, nonce))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> OnsResponseDecryption.decrypt("test", ciphertext, invalid))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> OnsResponseDecryption.decrypt("test", flipped, nonce))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> OnsResponseDecryption.decrypt("other", ciphertext, nonce))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> OnsResponseDecryption.decrypt("test", null, null))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void pushNotificationDecrypts() throws DecryptionException {
        JsonNode v = file.get("push_notification");

        byte[] plaintext = PushNotificationDecryption.decrypt(Vectors.hex(v.get("payload")),
                Vectors.hex(v.get("enc_key")));

        assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo(v.get("expected_plaintext_utf8").asText());
    }

    @Test
    void pushNotificationPaddingIsStripped() throws DecryptionException {
        JsonNode v = file.get("push_notification");
        byte[] key = Vectors.hex(v.get("enc_key"));
        byte[] nonce = Arrays.copyOf(Vectors.hex(v.get("payload")), 24);
        byte[] padded = Arrays.copyOf("TestMessage".getBytes(StandardCharsets.UTF_8), 64);
        byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, padded);
        byte[] payload = Arrays.copyOf(nonce, 24 + sealed.length);
        System.arraycopy(sealed, 0, payload, 24, sealed.length);

        assertThat(PushNotificationDecryption.decrypt(payload, key))
                .isEqualTo("TestMessage".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pushNotificationRejectsShortPayloadsAndWrongKeys() {
        JsonNode v = file.get("push_notification");
        byte[] payload = Vectors.hex(v.get("payload"));
        byte[] key = Vectors.hex(v.get("enc_key"));
        byte[] otherKey = key.clone();
        otherKey[31] ^= 1;

        assertThatThrownBy(() -> PushNotificationDecryption.decrypt(Arrays.copyOf(payload, 39), key))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> PushNotificationDecryption.decrypt(new byte[0], key))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> PushNotificationDecryption.decrypt(payload, otherKey))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> PushNotificationDecryption.decrypt(payload, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
