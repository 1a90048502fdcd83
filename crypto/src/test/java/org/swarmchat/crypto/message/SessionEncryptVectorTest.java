package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.Vectors;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.internal.SealedBox;

/** {@code session_encrypt.json}: libsession's encrypt_for_recipient tests. */
class SessionEncryptVectorTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private JsonNode vector;
    private Ed25519KeyPair sender;
    private Ed25519KeyPair recipient;
    private byte[] message;

    @BeforeEach
    void load() {
        vector = Vectors.load("session_encrypt.json");
        sender = Ed25519KeyPair.fromSeed(Vectors.hex(vector.at("/sender/ed25519_seed")));
        recipient = Ed25519KeyPair.fromSeed(Vectors.hex(vector.at("/recipient/ed25519_seed")));
        message = vector.at("/deterministic/message_utf8").asText().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keysOfTheVectorMatch() {
        assertThat(sender.publicKey().hex()).isEqualTo(vector.at("/sender/ed25519_pk").asText());
        assertThat(recipient.publicKey().hex()).isEqualTo(vector.at("/recipient/ed25519_pk").asText());
        assertThat(AccountId.of(recipient).publicKey())
                .isEqualTo(X25519PublicKey.fromHex(vector.at("/recipient/x25519_pk").asText()));
        assertThat(AccountId.of(recipient).hex()).isEqualTo(vector.at("/recipient/account_id").asText());
        assertThat(AccountId.of(sender).hex()).isEqualTo(vector.at("/sender/account_id").asText());
    }

    @Test
    void deterministicEncryptionIsByteExact() {
        MessageSealer sealer = new MessageSealer(RANDOM, MessageSealer.Options.defaults(), true);
        X25519PublicKey y = X25519PublicKey.fromHex(vector.at("/recipient/x25519_pk").asText());

        byte[] ciphertext = sealer.encryptForRecipient(sender, y, message);

        assertThat(Hex.toHexString(ciphertext)).isEqualTo(vector.at("/deterministic/ciphertext_hex").asText());
        assertThat(ciphertext).hasSize(vector.at("/deterministic/ciphertext_len").asInt());
        assertThat(ciphertext).hasSize(message.length + 144);
    }

    @Test
    void vectorCiphertextDecryptsToTheExpectedMessageAndSender() throws Exception {
        JsonNode expected = vector.at("/deterministic/expected_decrypt");

        DecryptedPayload payload = new MessageOpener()
                .decryptIncoming(recipient.toX25519(), Vectors.hex(vector.at("/deterministic/ciphertext_hex")));

        assertThat(new String(payload.plaintext(), StandardCharsets.UTF_8))
                .isEqualTo(expected.get("message_utf8").asText());
        assertThat(payload.sender().hex()).isEqualTo(expected.get("sender_ed25519_pk").asText());
        assertThat(payload.senderAccountId().hex()).isEqualTo(expected.get("sender_account_id").asText());
    }

    @Test
    void randomEncryptionRoundTripsAndDiffersEachTime() throws Exception {
        MessageSealer sealer = new MessageSealer(RANDOM);
        X25519PublicKey y = AccountId.of(recipient).publicKey();

        byte[] first = sealer.encryptForRecipient(sender, y, message);
        byte[] second = sealer.encryptForRecipient(sender, y, message);

        assertThat(first).isNotEqualTo(second).hasSize(message.length + 144);
        DecryptedPayload payload = new MessageOpener().decryptIncoming(recipient.toX25519(), first);
        assertThat(payload.plaintext()).isEqualTo(message);
        assertThat(payload.sender()).isEqualTo(sender.publicKey());
    }

    @Test
    void theSendersOwnKeyCannotDecrypt() {
        byte[] ciphertext = new MessageSealer(RANDOM).encryptForRecipient(sender, AccountId.of(recipient).publicKey(),
                message);

        assertThatThrownBy(() -> new MessageOpener().decryptIncoming(sender.toX25519(), ciphertext))
                .isInstanceOf(DecryptionException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14})
    void flippingByte2Or14Fails(int index) {
        byte[] ciphertext = new MessageSealer(RANDOM).encryptForRecipient(sender, AccountId.of(recipient).publicKey(),
                message);
        ciphertext[index] ^= 0x01;

        assertThatThrownBy(() -> new MessageOpener().decryptIncoming(recipient.toX25519(), ciphertext))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void emptyMessageIsTheSmallestCiphertext() throws Exception {
        byte[] ciphertext = new MessageSealer(RANDOM).encryptForRecipient(sender, AccountId.of(recipient).publicKey(),
                new byte[0]);

        assertThat(ciphertext).hasSize(144);
        assertThat(new MessageOpener().decryptIncoming(recipient.toX25519(), ciphertext).plaintext()).isEmpty();
        assertThatThrownBy(() -> new MessageOpener().decryptIncoming(recipient.toX25519(), new byte[143]))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void signatureOverAnotherRecipientIsRejected() throws Exception {
        // A message signed for someone else and re-sealed to us (the forwarding attack Y in the signature stops).
        Ed25519KeyPair other = Ed25519KeyPair.generate(RANDOM);
        byte[] forOther = new MessageSealer(RANDOM).encryptForRecipient(sender, AccountId.of(other).publicKey(),
                message);
        byte[] inner = SealedBox.open(forOther, other.toX25519());
        byte[] resealed = SealedBox.seal(inner, AccountId.of(recipient).publicKey(),
                RANDOM);

        assertThatThrownBy(() -> new MessageOpener().decryptIncoming(recipient.toX25519(), resealed))
                .isInstanceOf(InvalidSignatureException.class);
    }
}
