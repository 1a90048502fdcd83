package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.internal.SealedBox;
import org.swarmchat.crypto.message.proto.Content;
import org.swarmchat.crypto.message.proto.DataMessage;
import org.swarmchat.crypto.message.proto.Envelope;
import org.swarmchat.crypto.message.proto.WebSocketMessage;
import org.swarmchat.crypto.message.proto.WebSocketRequestMessage;

/** Tampered, forged, foreign and garbage input: only the declared exceptions, and the right one. */
class MessageOpenerRejectionTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long SENT_AT = 1_745_000_000_000L;

    private final Ed25519KeyPair alice = Ed25519KeyPair.generate(RANDOM);
    private final Ed25519KeyPair bob = Ed25519KeyPair.generate(RANDOM);
    private final MessageSealer sealer = new MessageSealer(RANDOM);
    private final MessageOpener opener = new MessageOpener();

    @Test
    void everyAlteredCiphertextByteIsADecryptionException() throws Exception {
        byte[] content = ContentCodec.encode(OutgoingText.of("hi", SENT_AT), true, Optional.empty());
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(), Padding.pad(content));

        for (int i = 0; i < ciphertext.length; i++) {
            byte[] tampered = ciphertext.clone();
            tampered[i] ^= (byte) 0x80;
            byte[] wire = frame(envelope(SENT_AT, tampered));
            assertThatThrownBy(() -> opener.open(wire, bob)).as("byte %d", i).isInstanceOf(DecryptionException.class);
        }
    }

    @Test
    void messageForSomeoneElseIsADecryptionException() {
        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("hi", SENT_AT));

        assertThatThrownBy(() -> opener.open(sealed, Ed25519KeyPair.generate(RANDOM)))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void wrongSignatureInAValidBoxIsAnInvalidSignatureException() {
        byte[] padded = Padding.pad(ContentCodec.encode(OutgoingText.of("forged", SENT_AT), true, Optional.empty()));
        byte[] inner = Arrays.copyOf(padded, padded.length + 96);
        System.arraycopy(alice.publicKey().bytes(), 0, inner, padded.length, 32);
        // Signed by someone else, but claiming to be Alice.
        byte[] signedPart = Arrays.copyOf(inner, padded.length + 64);
        System.arraycopy(AccountId.of(bob).publicKey().bytes(), 0, signedPart, padded.length + 32, 32);
        byte[] mallorySig = Ed25519KeyPair.generate(RANDOM).sign(signedPart);
        System.arraycopy(mallorySig, 0, inner, padded.length + 32, 64);
        byte[] box = SealedBox.seal(inner, AccountId.of(bob).publicKey(), RANDOM);

        assertThatThrownBy(() -> opener.open(frame(envelope(SENT_AT, box)), bob))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void garbledSignatureBytesAreAnInvalidSignatureException() throws Exception {
        byte[] padded = Padding.pad(ContentCodec.encode(OutgoingText.of("x", SENT_AT), true, Optional.empty()));
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(), padded);
        byte[] inner = SealedBox.open(ciphertext, bob.toX25519());
        inner[inner.length - 1] ^= 0x01;
        byte[] resealed = SealedBox.seal(inner, AccountId.of(bob).publicKey(), RANDOM);

        assertThatThrownBy(() -> opener.open(frame(envelope(SENT_AT, resealed)), bob))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void senderComesFromTheBoxNotTheEnvelope() throws Exception {
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(),
                Padding.pad(ContentCodec.encode(OutgoingText.of("hi", SENT_AT), true, Optional.empty())));
        Envelope lying = Envelope.newBuilder()
                .setType(Envelope.Type.SESSION_MESSAGE)
                .setSource(AccountId.of(bob).hex())
                .setTimestamp(SENT_AT)
                .setContent(ByteString.copyFrom(ciphertext))
                .build();

        assertThat(opener.open(frame(lying.toByteArray()), bob).sender()).isEqualTo(AccountId.of(alice));
    }

    @Test
    void signedTimestampDifferentFromTheEnvelopeIsRejected() {
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(),
                Padding.pad(ContentCodec.encode(OutgoingText.of("hi", SENT_AT), true, Optional.empty())));
        byte[] wire = frame(envelope(SENT_AT + 1, ciphertext));

        assertThatThrownBy(() -> opener.open(wire, bob))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("timestamp");
    }

    @Test
    void oldClientWithoutSigTimestampUsesTheEnvelopeTime() throws Exception {
        Content content = Content.newBuilder().setDataMessage(DataMessage.newBuilder().setBody("old")).build();

        OpenedMessage opened = opener.open(sealContent(content.toByteArray(), SENT_AT), bob);

        assertThat(opened.text()).isEqualTo("old");
        assertThat(opened.sentAtMillis()).isEqualTo(SENT_AT);
    }

    @Test
    void controlMessagesAreNotTextMessages() {
        // A typing indicator: Content.typingMessage (6) only, which this proto does not declare.
        Content typing = Content.newBuilder()
                .setSigTimestamp(SENT_AT)
                .setUnknownFields(UnknownFieldSet.newBuilder()
                        .addField(6, UnknownFieldSet.Field.newBuilder()
                                .addLengthDelimited(ByteString.copyFrom(new byte[] {0x08, 0x01, 0x10, 0x00}))
                                .build())
                        .build())
                .build();
        Content emptyData = Content.newBuilder().setDataMessage(DataMessage.newBuilder().setFlags(2))
                .setSigTimestamp(SENT_AT).build();

        assertThatThrownBy(() -> opener.open(sealContent(typing.toByteArray(), SENT_AT), bob))
                .isInstanceOf(NotATextMessageException.class)
                .hasMessageContaining("not a text message");
        assertThatThrownBy(() -> opener.open(sealContent(emptyData.toByteArray(), SENT_AT), bob))
                .isInstanceOf(NotATextMessageException.class);
    }

    @Test
    void contentThatIsNotProtobufIsMalformed() {
        byte[] garbage = "\u0007not protobuf".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> opener.open(sealContent(garbage, SENT_AT), bob))
                .isInstanceOf(MalformedMessageException.class)
                .isNotInstanceOf(NotATextMessageException.class);
    }

    @Test
    void unknownFieldsFromOtherClientsAreIgnored() throws Exception {
        UnknownFieldSet extra = UnknownFieldSet.newBuilder()
                .addField(16, bytesField(new byte[] {0x08, 0x01}))          // Content.proMessage
                .addField(5, bytesField(new byte[] {0x08, 0x00}))           // Content.receiptMessage
                .addField(40, UnknownFieldSet.Field.newBuilder().addVarint(123).build())
                .build();
        UnknownFieldSet dataExtra = UnknownFieldSet.newBuilder()
                .addField(2, bytesField(new byte[] {0x09, 1, 2, 3, 4, 5, 6, 7, 8}))  // attachments
                .addField(8, bytesField(new byte[] {0x08, 0x05}))                     // quote
                .build();
        Content content = Content.newBuilder()
                .setDataMessage(DataMessage.newBuilder().setBody("with extras").setUnknownFields(dataExtra))
                .setSigTimestamp(SENT_AT)
                .setUnknownFields(extra)
                .build();
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(),
                Padding.pad(content.toByteArray()));
        Envelope envelope = Envelope.parseFrom(envelope(SENT_AT, ciphertext)).toBuilder()
                .setUnknownFields(UnknownFieldSet.newBuilder().addField(12, bytesField(new byte[] {1})).build())
                .setServerTimestamp(SENT_AT + 5)
                .setSource("")
                .build();
        WebSocketMessage frame = WebSocketMessage.newBuilder()
                .setType(WebSocketMessage.Type.REQUEST)
                .setRequest(WebSocketRequestMessage.newBuilder().setVerb("PUT").setPath("/api/v1/message")
                        .setId(RANDOM.nextLong()).addHeaders("content-type:application/json")
                        .setBody(envelope.toByteString()))
                .setUnknownFields(UnknownFieldSet.newBuilder().addField(3, bytesField(new byte[] {0x08, 0x01})).build())
                .build();

        OpenedMessage opened = opener.open(frame.toByteArray(), bob);

        assertThat(opened.text()).isEqualTo("with extras");
        assertThat(opened.sentAtMillis()).isEqualTo(SENT_AT);
    }

    @Test
    void fieldNumberOrderFromGeneratedEncodersOpensToo() throws Exception {
        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("reordered", SENT_AT));
        WebSocketMessage original = WebSocketMessage.parseFrom(sealed);
        byte[] reencoded = original.toBuilder()
                .setRequest(original.getRequest().toBuilder()
                        .setBody(Envelope.parseFrom(original.getRequest().getBody()).toByteString()))
                .build().toByteArray();

        assertThat(reencoded).isNotEqualTo(sealed);
        assertThat(opener.open(reencoded, bob).text()).isEqualTo("reordered");
    }

    @Test
    void legacyPaddingOpens() throws Exception {
        byte[] content = ContentCodec.encode(OutgoingText.of("legacy", SENT_AT), false, Optional.empty());
        byte[] legacy = Arrays.copyOf(content, 159);
        legacy[content.length] = (byte) 0x80;
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(), legacy);

        assertThat(opener.open(frame(envelope(SENT_AT, ciphertext)), bob).text()).isEqualTo("legacy");
    }

    @Test
    void missingPartsAreMalformed() {
        byte[] noRequest = WebSocketMessage.newBuilder().setType(WebSocketMessage.Type.REQUEST).build().toByteArray();
        byte[] noBody = WebSocketMessage.newBuilder()
                .setRequest(WebSocketRequestMessage.newBuilder().setVerb("")).build().toByteArray();
        byte[] noContent = frame(Envelope.newBuilder().setType(Envelope.Type.SESSION_MESSAGE).setTimestamp(SENT_AT)
                .build().toByteArray());
        byte[] noTimestamp = frame(Envelope.newBuilder().setType(Envelope.Type.SESSION_MESSAGE)
                .setContent(ByteString.copyFrom(new byte[200])).buildPartial().toByteArray());
        byte[] shortProSig = frame(Envelope.newBuilder().setType(Envelope.Type.SESSION_MESSAGE).setTimestamp(SENT_AT)
                .setContent(ByteString.copyFrom(new byte[200])).setProSig(ByteString.copyFrom(new byte[63]))
                .build().toByteArray());

        for (byte[] wire : new byte[][] {noRequest, noBody, noContent, noTimestamp, shortProSig}) {
            assertThatThrownBy(() -> opener.open(wire, bob)).isInstanceOf(MalformedMessageException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "====", "AAAA*", "CAES\nxwIK", "Zm9v", "////////"})
    void badBase64OrGarbageIsMalformed(String data) {
        assertThatThrownBy(() -> opener.open(data, bob)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void nullAndOversizedInputAreMalformed() {
        assertThatThrownBy(() -> opener.open((String) null, bob)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> opener.open((byte[]) null, bob)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> opener.open(new byte[0], bob)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> opener.open("A".repeat(WireLimits.MAX_BASE64_CHARS + 4), bob))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("longer");
        assertThatThrownBy(() -> opener.open(new byte[WireLimits.MAX_DATA_BYTES + 1], bob))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("larger");
    }

    @Test
    void everyTruncationGivesOnlyDeclaredExceptions() {
        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("truncate me", SENT_AT));

        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertOnlyDeclared(catchThrowable(() -> opener.open(truncated, bob)), "length " + length);
            String base64 = Base64.getEncoder().encodeToString(sealed).substring(0, length);
            assertOnlyDeclared(catchThrowable(() -> opener.open(base64, bob)), "base64 length " + length);
        }
    }

    @Test
    void randomBytesAndRandomMutationsGiveOnlyDeclaredExceptions() {
        Random random = new Random(20_250_101);
        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("mutate me", SENT_AT));

        for (int i = 0; i < 1_000; i++) {
            byte[] noise = new byte[random.nextInt(600)];
            random.nextBytes(noise);
            assertOnlyDeclared(catchThrowable(() -> opener.open(noise, bob)), "noise " + i);

            byte[] mutated = sealed.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            Throwable thrown = catchThrowable(() -> opener.open(mutated, bob));
            if (thrown != null) {
                assertOnlyDeclared(thrown, "mutation " + i);
            }
        }
    }

    private static void assertOnlyDeclared(Throwable thrown, String what) {
        assertThat(thrown).as(what).isNotNull();
        assertThat(thrown).as(what).isInstanceOfAny(MalformedMessageException.class, DecryptionException.class,
                InvalidSignatureException.class);
    }

    private byte[] sealContent(byte[] content, long envelopeTimestamp) {
        byte[] ciphertext = sealer.encryptForRecipient(alice, AccountId.of(bob).publicKey(), Padding.pad(content));
        return frame(envelope(envelopeTimestamp, ciphertext));
    }

    private static byte[] envelope(long timestamp, byte[] ciphertext) {
        return WireFormat.envelope(timestamp, ciphertext, Optional.empty());
    }

    private static byte[] frame(byte[] envelope) {
        return WireFormat.webSocketRequest(envelope);
    }

    private static UnknownFieldSet.Field bytesField(byte[] value) {
        return UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFrom(value)).build();
    }
}
