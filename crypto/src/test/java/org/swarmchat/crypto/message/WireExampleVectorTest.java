package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Vectors;
import org.swarmchat.crypto.message.proto.Content;
import org.swarmchat.crypto.message.proto.Envelope;
import org.swarmchat.crypto.message.proto.WebSocketMessage;

/** {@code wire_1to1_example.json}: every stage from Content to the store request's base64 data. */
class WireExampleVectorTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The vector's form: no decoy proSig and no DataMessage.timestamp. */
    private static final MessageSealer.Options VECTOR_OPTIONS = new MessageSealer.Options(false, false);

    private JsonNode v;
    private Ed25519KeyPair sender;
    private Ed25519KeyPair recipientKeys;
    private AccountId recipient;
    private long sentAt;
    private OutgoingText message;

    @BeforeEach
    void load() {
        v = Vectors.load("wire_1to1_example.json");
        sender = Ed25519KeyPair.fromSeed(Vectors.hex(v.get("sender_seed")));
        recipientKeys = Ed25519KeyPair.fromSeed(Vectors.hex(v.get("recipient_seed")));
        recipient = AccountId.parse(v.get("recipient_account_id").asText());
        sentAt = v.get("sent_timestamp_ms").asLong();
        JsonNode fields = v.get("content_fields");
        message = new OutgoingText(fields.get("Content.dataMessage(1).body(1)").asText(),
                Optional.of(fields.get("Content.dataMessage(1).profile(101).displayName(1)").asText()), sentAt);
    }

    @Test
    void recipientSeedIsTheRecipientAccount() {
        assertThat(AccountId.of(recipientKeys)).isEqualTo(recipient);
    }

    @Test
    void contentProtobufIsByteExactAndHoldsTheListedFields() throws Exception {
        byte[] content = ContentCodec.encode(message, false, Optional.empty());

        assertThat(Hex.toHexString(content)).isEqualTo(v.get("content_protobuf_hex").asText());
        Content parsed = Content.parseFrom(Vectors.hex(v.get("content_protobuf_hex")));
        JsonNode fields = v.get("content_fields");
        assertThat(parsed.getDataMessage().getBody()).isEqualTo(fields.get("Content.dataMessage(1).body(1)").asText());
        assertThat(parsed.getDataMessage().getProfile().getDisplayName())
                .isEqualTo(fields.get("Content.dataMessage(1).profile(101).displayName(1)").asText());
        assertThat(parsed.getSigTimestamp()).isEqualTo(fields.get("Content.sigTimestamp(15)").asLong());
        assertThat(parsed.getSigTimestamp()).isEqualTo(sentAt);
    }

    @Test
    void paddedContentIsByteExact() {
        byte[] padded = Padding.pad(Vectors.hex(v.get("content_protobuf_hex")));

        assertThat(Hex.toHexString(padded)).isEqualTo(v.get("padded_content_hex").asText());
    }

    @Test
    void encryptedContentIsByteExact() {
        MessageSealer sealer = new MessageSealer(RANDOM, VECTOR_OPTIONS, true);

        byte[] ciphertext = sealer.encryptForRecipient(sender, recipient.publicKey(),
                Vectors.hex(v.get("padded_content_hex")));

        assertThat(Hex.toHexString(ciphertext)).isEqualTo(v.get("encrypted_content_hex").asText());
    }

    @Test
    void envelopeIsByteExactAndHoldsTheListedFields() throws Exception {
        byte[] ciphertext = Vectors.hex(v.get("encrypted_content_hex"));

        byte[] envelope = WireFormat.envelope(sentAt, ciphertext, Optional.empty());

        assertThat(Hex.toHexString(envelope)).isEqualTo(v.get("envelope_protobuf_hex").asText());
        Envelope parsed = Envelope.parseFrom(envelope);
        JsonNode fields = v.get("envelope_fields");
        assertThat(parsed.getType().getNumber()).isEqualTo(fields.get("type(1)").asInt());
        assertThat(parsed.getSourceDevice()).isEqualTo(fields.get("sourceDevice(7)").asInt());
        assertThat(parsed.getTimestamp()).isEqualTo(fields.get("timestamp(5)").asLong());
        assertThat(fields.get("content(8)").asText()).isEqualTo("encrypted_content");
        assertThat(parsed.getContent().toByteArray()).isEqualTo(ciphertext);
        assertThat(parsed.hasSource()).isFalse();
        assertThat(parsed.hasProSig()).isFalse();
    }

    @Test
    void webSocketMessageIsByteExact() throws Exception {
        byte[] envelope = Vectors.hex(v.get("envelope_protobuf_hex"));

        byte[] frame = WireFormat.webSocketRequest(envelope);

        assertThat(Hex.toHexString(frame)).isEqualTo(v.get("websocket_message_hex").asText());
        WebSocketMessage parsed = WebSocketMessage.parseFrom(frame);
        assertThat(parsed.getType()).isEqualTo(WebSocketMessage.Type.REQUEST);
        assertThat(parsed.getRequest().getVerb()).isEmpty();
        assertThat(parsed.getRequest().getPath()).isEmpty();
        assertThat(parsed.getRequest().getId()).isZero();
        assertThat(parsed.getRequest().getBody().toByteArray()).isEqualTo(envelope);
    }

    @Test
    void wholeSealIsByteExactDownToTheBase64() {
        MessageSealer sealer = new MessageSealer(RANDOM, VECTOR_OPTIONS, true);

        assertThat(Hex.toHexString(sealer.seal(sender, recipient, message)))
                .isEqualTo(v.get("websocket_message_hex").asText());
        assertThat(sealer.sealBase64(sender, recipient, message)).isEqualTo(v.get("store_data_base64").asText());
    }

    @Test
    void storeMessageHashMatches() {
        // The hash itself belongs to the swarm client and the devnet; computed here only to check this vector.
        byte[] data = Base64.getDecoder().decode(v.get("store_data_base64").asText());
        Blake2bDigest blake = new Blake2bDigest(256);
        byte[] account = recipient.bytes();
        blake.update(account, 0, account.length);
        blake.update(data, 0, data.length);
        byte[] hash = new byte[32];
        blake.doFinal(hash, 0);

        assertThat(Base64.getEncoder().withoutPadding().encodeToString(hash))
                .isEqualTo(v.get("store_message_hash_in_ns0").asText());
    }

    @Test
    void openingTheStoredDataGivesSenderTextNameAndTime() throws Exception {
        OpenedMessage opened = new MessageOpener().open(v.get("store_data_base64").asText(), recipientKeys);

        assertThat(opened.sender()).isEqualTo(AccountId.of(sender));
        assertThat(opened.senderEd25519()).isEqualTo(sender.publicKey());
        assertThat(opened.text()).isEqualTo("hello");
        assertThat(opened.displayName()).contains("Alice");
        assertThat(opened.sentAtMillis()).isEqualTo(sentAt);
        assertThat(opened.syncTarget()).isEmpty();
    }

    @Test
    void defaultSealOfTheSameMessageOpensToTheSameResult() throws Exception {
        byte[] sealed = new MessageSealer(RANDOM).seal(sender, recipient, message);

        OpenedMessage opened = new MessageOpener().open(sealed, recipientKeys);

        assertThat(opened.text()).isEqualTo("hello");
        assertThat(opened.displayName()).contains("Alice");
        assertThat(opened.sentAtMillis()).isEqualTo(sentAt);
    }
}
