package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519KeyPair;

class HopKeysTest {
    private final SecureRandom random = new SecureRandom();

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void bothDirectionsUseTheSameKey(EncryptionType type) throws Exception {
        X25519KeyPair node = X25519KeyPair.generate(random);
        X25519KeyPair ephemeral = X25519KeyPair.generate(random);
        HopKeys client = HopEncryption.forNode(ephemeral, node.publicKey(), type);
        HopKeys server = HopEncryption.forClient(node, ephemeral.publicKey(), type);

        assertThat(client.keyBytes()).isEqualTo(server.keyBytes());
        assertThat(client.clientEphemeral()).isEqualTo(ephemeral.publicKey());
        assertThat(server.clientEphemeral()).isEqualTo(ephemeral.publicKey());
        byte[] message = new byte[100];
        random.nextBytes(message);
        assertThat(server.decrypt(client.encrypt(message, random))).isEqualTo(message);
        assertThat(client.decrypt(server.encrypt(message, random))).isEqualTo(message);
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void wireLengthIsIvOrNoncePlusPlaintextPlusTag(EncryptionType type) throws Exception {
        HopKeys key = HopEncryption.forNode(X25519KeyPair.generate(random),
                X25519KeyPair.generate(random).publicKey(), type);
        int overhead = type == EncryptionType.AES_GCM ? 12 + 16 : 24 + 16;

        assertThat(key.encrypt(new byte[0], random)).hasSize(overhead);
        assertThat(key.encrypt(new byte[1000], random)).hasSize(1000 + overhead);
        assertThat(key.decrypt(key.encrypt(new byte[0], random))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void shortOrFlippedInputIsADecryptionFailure(EncryptionType type) throws Exception {
        HopKeys key = HopEncryption.forNode(X25519KeyPair.generate(random),
                X25519KeyPair.generate(random).publicKey(), type);
        byte[] wire = key.encrypt(new byte[] {1, 2, 3}, random);

        for (int length = 0; length < wire.length; length++) {
            byte[] truncated = Arrays.copyOf(wire, length);
            assertThatThrownBy(() -> key.decrypt(truncated)).isInstanceOf(DecryptionException.class);
        }
        for (int i = 0; i < wire.length; i++) {
            byte[] flipped = wire.clone();
            flipped[i] ^= 0x40;
            assertThatThrownBy(() -> key.decrypt(flipped)).isInstanceOf(DecryptionException.class);
        }
    }
}
