package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;
import org.swarmchat.crypto.message.proto.Content;
import org.swarmchat.crypto.message.proto.DataMessage;

/**
 * Fuzzes the protobuf layers of a stored message without the crypto in between: {@link WireFormat#unwrap} (only
 * {@link MalformedMessageException}), {@link ContentCodec#decode} (only {@link MalformedMessageException}, of which
 * {@link NotATextMessageException} is one), {@link Padding#unpad} (never throws); and their round trips.
 */
class WireFormatFuzzTest {
    private static final long SENT_AT = 1_745_000_000_000L;
    private static final AccountId BOB = AccountId.of(X25519PublicKey.of(new byte[] {
        9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31}));

    @Property(tries = 2000)
    void anyFrameUnwrapsOrIsMalformed(@ForAll("frames") byte[] frame) {
        Fuzz.only(() -> WireFormat.unwrap(frame), MalformedMessageException.class).ifPresent(u -> {
            assertThat(u.timestampMillis()).isPositive();
            assertThat(u.ciphertext()).isNotNull();
        });
    }

    @Property(tries = 1000)
    void framesRoundTrip(@ForAll @LongRange(min = 1) long timestamp, @ForAll @Size(max = 300) byte[] content,
            @ForAll boolean proSig) throws MalformedMessageException {
        Optional<byte[]> sig = proSig ? Optional.of(new byte[WireFormat.PRO_SIG_LENGTH]) : Optional.empty();
        WireFormat.Unwrapped u = WireFormat.unwrap(WireFormat.webSocketRequest(
                WireFormat.envelope(timestamp, content, sig)));
        assertThat(u.timestampMillis()).isEqualTo(timestamp);
        assertThat(u.ciphertext()).isEqualTo(content);
    }

    @Property(tries = 2000)
    void anyContentDecodesOrIsMalformed(@ForAll("contents") byte[] content) {
        Fuzz.only(() -> ContentCodec.decode(content), MalformedMessageException.class)
                .ifPresent(c -> assertThat(c.text()).isNotNull());
    }

    @Property(tries = 1000)
    void contentRoundTrips(@ForAll("texts") String text, @ForAll("texts") String name,
            @ForAll @LongRange(min = 1) long sentAt, @ForAll boolean legacy, @ForAll boolean sync)
            throws MalformedMessageException {
        Optional<String> displayName = name.isEmpty() ? Optional.empty() : Optional.of(name);
        byte[] encoded = ContentCodec.encode(new OutgoingText(text, displayName, sentAt), legacy,
                sync ? Optional.of(BOB) : Optional.empty());
        ContentCodec.TextContent decoded = ContentCodec.decode(Padding.unpad(Padding.pad(encoded)));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.displayName()).isEqualTo(displayName);
        assertThat(decoded.syncTarget()).isEqualTo(sync ? Optional.of(BOB.hex()) : Optional.empty());
        assertThat(decoded.sigTimestamp()).contains(sentAt);
    }

    @Property(tries = 2000)
    void paddingRoundTripsAndUnpadNeverThrows(@ForAll @Size(max = 500) byte[] content) {
        byte[] padded = Padding.pad(content);
        assertThat(padded.length % Padding.BLOCK).isZero();
        assertThat(Padding.unpad(padded)).isEqualTo(content);
        byte[] unpadded = Fuzz.only(() -> Padding.unpad(content)).orElseThrow();
        assertThat(unpadded.length).isLessThanOrEqualTo(content.length);
    }

    @Provide
    Arbitrary<byte[]> frames() {
        List<byte[]> valid = List.of(
                WireFormat.webSocketRequest(WireFormat.envelope(SENT_AT, new byte[200], Optional.empty())),
                WireFormat.webSocketRequest(WireFormat.envelope(SENT_AT, new byte[] {1, 2, 3},
                        Optional.of(new byte[WireFormat.PRO_SIG_LENGTH]))),
                WireFormat.webSocketRequest(new byte[0]),
                WireFormat.envelope(SENT_AT, new byte[10], Optional.empty()));
        return Arbitraries.oneOf(Mutations.of(valid), Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<byte[]> contents() {
        List<byte[]> valid = List.of(
                ContentCodec.encode(new OutgoingText("hi", Optional.of("Al"), SENT_AT), true, Optional.of(BOB)),
                ContentCodec.encode(OutgoingText.of("", SENT_AT), false, Optional.empty()),
                Content.newBuilder().setDataMessage(DataMessage.newBuilder().setBody("b")).build().toByteArray(),
                "{\"body\":1}".getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(Mutations.of(valid), Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().ofMaxLength(60)
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }
}
