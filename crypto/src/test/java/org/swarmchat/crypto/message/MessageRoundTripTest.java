package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.InvalidAccountIdException;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.message.proto.Content;
import org.swarmchat.crypto.message.proto.Envelope;
import org.swarmchat.crypto.message.proto.WebSocketMessage;

class MessageRoundTripTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long SENT_AT = 1_745_000_000_123L;

    private final Ed25519KeyPair alice = Ed25519KeyPair.generate(RANDOM);
    private final Ed25519KeyPair bob = Ed25519KeyPair.generate(RANDOM);
    private final MessageSealer sealer = new MessageSealer(RANDOM);
    private final MessageOpener opener = new MessageOpener();

    @ParameterizedTest
    @ValueSource(strings = {"", "hi", "Grüße 👋 — ünïcödé", "line one\nline two\r\n\ttabbed"})
    void textSurvivesSealAndOpen(String text) throws Exception {
        OutgoingText message = new OutgoingText(text, Optional.of("Alice"), SENT_AT);
        String data = sealer.sealBase64(alice, AccountId.of(bob), message);

        OpenedMessage opened = opener.open(data, bob);

        assertThat(opened).isEqualTo(new OpenedMessage(AccountId.of(alice), alice.publicKey(), SENT_AT, text,
                Optional.of("Alice"), Optional.empty()));
    }

    @Test
    void longTextRoundTrips() throws Exception {
        String text = "x".repeat(10_000);

        OpenedMessage opened = opener.open(sealer.seal(alice, AccountId.of(bob), OutgoingText.of(text, SENT_AT)), bob);

        assertThat(opened.text()).isEqualTo(text);
    }

    @Test
    void missingDisplayNameStaysMissing() throws Exception {
        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("no name", SENT_AT));

        assertThat(opener.open(sealed, bob).displayName()).isEmpty();
    }

    @Test
    void defaultsSetDecoyProSigAndLegacyTimestamp() throws Exception {
        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("hi", SENT_AT));

        Envelope envelope = Envelope.parseFrom(WebSocketMessage.parseFrom(sealed).getRequest().getBody());
        assertThat(envelope.getType()).isEqualTo(Envelope.Type.SESSION_MESSAGE);
        assertThat(envelope.getSourceDevice()).isEqualTo(1);
        assertThat(envelope.getTimestamp()).isEqualTo(SENT_AT);
        assertThat(envelope.hasSource()).isFalse();
        byte[] proSig = envelope.getProSig().toByteArray();
        assertThat(proSig).hasSize(64);
        // A decoy is shaped like a real signature: R is a valid point, s a reduced scalar (top bits clear).
        assertThat(Ed25519PublicKey.of(Arrays.copyOf(proSig, 32)).isValidPoint()).isTrue();
        assertThat(proSig[63] & 0xf0).isZero();

        Content content = Content.parseFrom(Padding.unpad(opener.decryptIncoming(bob.toX25519(),
                envelope.getContent().toByteArray()).plaintext()));
        assertThat(content.getSigTimestamp()).isEqualTo(SENT_AT);
        assertThat(content.getDataMessage().getTimestamp()).isEqualTo(SENT_AT);
        assertThat(content.getDataMessage().hasSyncTarget()).isFalse();
    }

    @Test
    void decoysDifferEachTime() throws Exception {
        OutgoingText message = OutgoingText.of("hi", SENT_AT);

        assertThat(proSigOf(sealer.seal(alice, AccountId.of(bob), message)))
                .isNotEqualTo(proSigOf(sealer.seal(alice, AccountId.of(bob), message)));
    }

    @Test
    void optionsOffLeaveBothFieldsOut() throws Exception {
        MessageSealer plain = new MessageSealer(RANDOM, new MessageSealer.Options(false, false));

        byte[] sealed = plain.seal(alice, AccountId.of(bob), OutgoingText.of("hi", SENT_AT));

        Envelope envelope = Envelope.parseFrom(WebSocketMessage.parseFrom(sealed).getRequest().getBody());
        assertThat(envelope.hasProSig()).isFalse();
        Content content = Content.parseFrom(Padding.unpad(opener.decryptIncoming(bob.toX25519(),
                envelope.getContent().toByteArray()).plaintext()));
        assertThat(content.getDataMessage().hasTimestamp()).isFalse();
        assertThat(opener.open(sealed, bob).text()).isEqualTo("hi");
    }

    @Test
    void syncCopyIsSealedToTheSenderAndNamesTheRecipient() throws Exception {
        byte[] copy = sealer.sealSyncCopy(alice, AccountId.of(bob), new OutgoingText("hi", Optional.of("A"), SENT_AT));

        OpenedMessage opened = opener.open(copy, alice);

        assertThat(opened.sender()).isEqualTo(AccountId.of(alice));
        assertThat(opened.syncTarget()).contains(AccountId.of(bob).hex());
        assertThat(opened.text()).isEqualTo("hi");
        assertThatThrownBy(() -> opener.open(copy, bob)).isInstanceOf(DecryptionException.class);
        assertThat(opener.open(sealer.sealSyncCopyBase64(alice, AccountId.of(bob), OutgoingText.of("b", SENT_AT)),
                alice).text()).isEqualTo("b");
    }

    @Test
    void sealedSizeIsPaddedToBlocks() {
        int small = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("a", SENT_AT)).length;
        int alsoSmall = sealer.seal(alice, AccountId.of(bob), OutgoingText.of("a".repeat(100), SENT_AT)).length;

        assertThat(alsoSmall).isEqualTo(small);
    }

    @Test
    void textTooLargeForAStorageNodeIsRefused() {
        OutgoingText huge = OutgoingText.of("x".repeat(MessageSealer.MAX_WIRE_BYTES), SENT_AT);

        assertThatThrownBy(() -> sealer.seal(alice, AccountId.of(bob), huge))
                .isInstanceOf(MessageTooLargeException.class);
    }

    @Test
    void largestTextThatFitsIsAccepted() throws Exception {
        // Padding adds up to 160, the box 144, the protobuf layers about 100: this still fits.
        String text = "x".repeat(MessageSealer.MAX_WIRE_BYTES - 600);

        byte[] sealed = sealer.seal(alice, AccountId.of(bob), OutgoingText.of(text, SENT_AT));

        assertThat(sealed.length).isLessThanOrEqualTo(MessageSealer.MAX_WIRE_BYTES);
        assertThat(opener.open(Base64.getEncoder().encodeToString(sealed), bob).text()).isEqualTo(text);
    }

    @Test
    void smallOrderRecipientIsAnInvalidAccountId() {
        AccountId broken = AccountId.of(X25519PublicKey.of(new byte[32]));

        assertThatThrownBy(() -> sealer.seal(alice, broken, OutgoingText.of("hi", SENT_AT)))
                .isInstanceOf(InvalidAccountIdException.class);
    }

    @Test
    void outgoingTextRejectsNonPositiveTimes() {
        assertThatThrownBy(() -> OutgoingText.of("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingText.of("x", -5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] proSigOf(byte[] sealed) throws Exception {
        return Envelope.parseFrom(WebSocketMessage.parseFrom(sealed).getRequest().getBody()).getProSig().toByteArray();
    }
}
