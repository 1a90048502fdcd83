package org.swarmchat.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Vectors;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

class SealedBoxTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void opensTheLibsessionVectorBoxToMessageSenderKeyAndSignature() throws Exception {
        JsonNode v = Vectors.load("session_encrypt.json");
        X25519KeyPair recipient = Ed25519KeyPair.fromSeed(Vectors.hex(v.at("/recipient/ed25519_seed"))).toX25519();
        byte[] box = Vectors.hex(v.at("/deterministic/ciphertext_hex"));

        byte[] inner = SealedBox.open(box, recipient);

        assertThat(inner).hasSize(box.length - SealedBox.OVERHEAD);
        assertThat(new String(inner, 0, inner.length - 96, StandardCharsets.UTF_8))
                .isEqualTo(v.at("/deterministic/message_utf8").asText());
        assertThat(Hex.toHexString(Arrays.copyOfRange(inner, inner.length - 96, inner.length - 64)))
                .isEqualTo(v.at("/sender/ed25519_pk").asText());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 31, 32, 33, 63, 64, 65, 159, 160, 1000, 4096})
    void roundTripsEveryLength(int length) throws Exception {
        X25519KeyPair recipient = X25519KeyPair.generate(RANDOM);
        byte[] message = new byte[length];
        RANDOM.nextBytes(message);

        byte[] box = SealedBox.seal(message, recipient.publicKey(), RANDOM);

        assertThat(box).hasSize(length + SealedBox.OVERHEAD);
        assertThat(SealedBox.open(box, recipient)).isEqualTo(message);
    }

    @Test
    void eachSealUsesAFreshEphemeralKey() {
        X25519PublicKey recipient = X25519KeyPair.generate(RANDOM).publicKey();
        byte[] message = "same".getBytes(StandardCharsets.UTF_8);

        assertThat(SealedBox.seal(message, recipient, RANDOM)).isNotEqualTo(SealedBox.seal(message, recipient, RANDOM));
    }

    @Test
    void sealWithTheSameEphemeralKeyIsDeterministic() throws Exception {
        X25519KeyPair recipient = X25519KeyPair.generate(RANDOM);
        X25519KeyPair ephemeral = X25519KeyPair.generate(RANDOM);
        byte[] message = "fixed".getBytes(StandardCharsets.UTF_8);

        byte[] box = SealedBox.sealWith(message, recipient.publicKey(), ephemeral);

        assertThat(SealedBox.sealWith(message, recipient.publicKey(), ephemeral)).isEqualTo(box);
        assertThat(Arrays.copyOf(box, 32)).isEqualTo(ephemeral.publicKey().bytes());
        assertThat(SealedBox.open(box, recipient)).isEqualTo(message);
    }

    @Test
    void everyFlippedBitIsDetected() throws Exception {
        X25519KeyPair recipient = X25519KeyPair.generate(RANDOM);
        byte[] box = SealedBox.seal(new byte[40], recipient.publicKey(), RANDOM);

        for (int i = 0; i < box.length; i++) {
            byte[] tampered = box.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> SealedBox.open(tampered, recipient))
                    .as("byte %d", i)
                    .isInstanceOf(DecryptionException.class);
        }
    }

    @Test
    void anotherKeyCannotOpen() {
        X25519KeyPair recipient = X25519KeyPair.generate(RANDOM);
        byte[] box = SealedBox.seal(new byte[10], recipient.publicKey(), RANDOM);

        assertThatThrownBy(() -> SealedBox.open(box, X25519KeyPair.generate(RANDOM)))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void shortOrMissingInputIsADecryptionException() {
        X25519KeyPair own = X25519KeyPair.generate(RANDOM);

        for (int length = 0; length < SealedBox.OVERHEAD; length++) {
            byte[] tooShort = new byte[length];
            assertThatThrownBy(() -> SealedBox.open(tooShort, own)).isInstanceOf(DecryptionException.class);
        }
        assertThatThrownBy(() -> SealedBox.open(null, own)).isInstanceOf(DecryptionException.class);
    }

    @Test
    void smallOrderEphemeralKeyIsADecryptionException() {
        // u = 0 and u = 1 are points of small order: the shared secret would be all zeros.
        byte[] zeroKeyBox = new byte[SealedBox.OVERHEAD + 8];
        byte[] oneKeyBox = zeroKeyBox.clone();
        oneKeyBox[0] = 1;
        X25519KeyPair own = X25519KeyPair.generate(RANDOM);

        assertThatThrownBy(() -> SealedBox.open(zeroKeyBox, own)).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> SealedBox.open(oneKeyBox, own)).isInstanceOf(DecryptionException.class);
    }

    @Test
    void sealingToASmallOrderKeyIsRefused() {
        X25519PublicKey zero = X25519PublicKey.of(new byte[32]);

        assertThatThrownBy(() -> SealedBox.seal(new byte[1], zero, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("small order");
    }
}
