package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;
import org.swarmchat.crypto.message.proto.Content;
import org.swarmchat.crypto.message.proto.DataMessage;
import org.swarmchat.crypto.message.proto.LokiProfile;

/**
 * Fuzzes {@link MessageOpener#open(byte[], Ed25519KeyPair)} and {@link MessageOpener#open(String, Ed25519KeyPair)}
 * with mutations of real sealed messages, random bytes and base64, and with arbitrary {@code Content} bytes that are
 * correctly sealed and signed (so that the fuzzing reaches the unpadding and the protobuf behind the crypto). Only
 * {@link MalformedMessageException}, {@link DecryptionException} and {@link InvalidSignatureException} may come
 * out, and whatever opens comes from the real sender.
 */
class MessageOpenerFuzzTest {
    private static final long SENT_AT = 1_745_000_000_000L;
    private static final Ed25519KeyPair ALICE = Ed25519KeyPair.fromSeed(seed(1));
    private static final Ed25519KeyPair BOB = Ed25519KeyPair.fromSeed(seed(2));
    private static final MessageSealer SEALER = new MessageSealer(deterministicRandom());
    private static final MessageSealer PLAIN_SEALER = new MessageSealer(deterministicRandom(),
            new MessageSealer.Options(false, false));
    /** Real messages of a few shapes: short, with a name, long, a sync copy, without the optional fields. */
    private static final List<byte[]> SEALED = List.of(
            SEALER.seal(ALICE, AccountId.of(BOB), OutgoingText.of("hi", SENT_AT)),
            SEALER.seal(ALICE, AccountId.of(BOB), new OutgoingText("héllo 👋", Optional.of("Alice"), SENT_AT + 1)),
            SEALER.seal(ALICE, AccountId.of(BOB), OutgoingText.of("x".repeat(400), SENT_AT + 2)),
            SEALER.sealSyncCopy(BOB, AccountId.of(ALICE), OutgoingText.of("to alice", SENT_AT + 3)),
            PLAIN_SEALER.seal(ALICE, AccountId.of(BOB), OutgoingText.of("plain", SENT_AT + 4)));

    private final MessageOpener opener = new MessageOpener();

    @Property(tries = 1500)
    void mutatedMessagesOpenOnlyAsTheSenderSentThem(@ForAll("mutatedMessages") byte[] wire) {
        Optional<OpenedMessage> opened = Fuzz.only(() -> opener.open(wire, BOB), MalformedMessageException.class,
                DecryptionException.class, InvalidSignatureException.class);
        opened.ifPresent(this::assertAuthentic);
    }

    @Property(tries = 1000)
    void mutatedBase64OpensOrFailsAsDeclared(@ForAll("mutatedBase64") String data) {
        Optional<OpenedMessage> opened = Fuzz.only(() -> opener.open(data, BOB), MalformedMessageException.class,
                DecryptionException.class, InvalidSignatureException.class);
        opened.ifPresent(this::assertAuthentic);
    }

    @Property(tries = 400)
    void anyContentSealedByARealSenderOpensOrIsMalformed(@ForAll("contents") byte[] content,
            @ForAll boolean padded, @ForAll @LongRange(min = -1, max = SENT_AT + 10) long timestamp) {
        byte[] plaintext = padded ? Padding.pad(content) : content;
        byte[] box = SEALER.encryptForRecipient(ALICE, AccountId.of(BOB).publicKey(), plaintext);
        byte[] wire = WireFormat.webSocketRequest(WireFormat.envelope(timestamp, box, Optional.empty()));
        Optional<OpenedMessage> opened = Fuzz.only(() -> opener.open(wire, BOB), MalformedMessageException.class);
        opened.ifPresent(m -> {
            assertThat(m.sender()).isEqualTo(AccountId.of(ALICE));
            assertThat(m.sentAtMillis()).isEqualTo(timestamp).isPositive();
        });
    }

    @Property(tries = 200)
    void sealedTextRoundTrips(@ForAll("texts") String text, @ForAll("names") Optional<String> name,
            @ForAll @LongRange(min = 1, max = 4_000_000_000_000L) long sentAt) throws Exception {
        OutgoingText message = new OutgoingText(text, name, sentAt);
        OpenedMessage opened = opener.open(SEALER.sealBase64(ALICE, AccountId.of(BOB), message), BOB);
        assertThat(opened.text()).isEqualTo(text);
        assertThat(opened.displayName()).isEqualTo(name.filter(n -> !n.isEmpty()));
        assertThat(opened.sentAtMillis()).isEqualTo(sentAt);
        assertThat(opened.sender()).isEqualTo(AccountId.of(ALICE));
    }

    private void assertAuthentic(OpenedMessage m) {
        // A mutation the opener accepts can only touch what is not signed (envelope extras, the frame), never
        // who sent the message or what it says.
        assertThat(m.sender()).isIn(AccountId.of(ALICE), AccountId.of(BOB));
        assertThat(m.text()).isIn("hi", "héllo 👋", "x".repeat(400), "to alice", "plain");
    }

    @Provide
    Arbitrary<byte[]> mutatedMessages() {
        return Arbitraries.oneOf(Mutations.of(SEALED), Arbitraries.bytes().array(byte[].class).ofMaxSize(400));
    }

    @Provide
    Arbitrary<String> mutatedBase64() {
        List<String> base64 = SEALED.stream().map(b -> Base64.getEncoder().encodeToString(b)).toList();
        return Arbitraries.oneOf(Mutations.ofText(base64),
                Arbitraries.strings().withChars("ABCDEFabcdef0123456789+/=-_ \n").ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(40)).injectNull(0.01);
    }

    @Provide
    Arbitrary<byte[]> contents() {
        List<byte[]> valid = List.of(
                ContentCodec.encode(OutgoingText.of("hi", SENT_AT), true, Optional.empty()),
                ContentCodec.encode(new OutgoingText("named", Optional.of("Alice"), SENT_AT), false,
                        Optional.of(AccountId.of(BOB))),
                Content.newBuilder().setDataMessage(DataMessage.newBuilder()
                        .setProfile(LokiProfile.newBuilder().setDisplayName("no body"))).build().toByteArray(),
                Content.newBuilder().setSigTimestamp(SENT_AT).build().toByteArray(),
                "not protobuf".getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(Mutations.of(valid), Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Provide
    Arbitrary<String> texts() {
        // Text that survives UTF-8 (no lone surrogate halves), as any text a person can type does.
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300), Arbitraries.strings().ofMaxLength(20))
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<Optional<String>> names() {
        return Arbitraries.strings().ofMaxLength(30).optional();
    }

    private static byte[] seed(int n) {
        byte[] seed = new byte[32];
        IntStream.range(0, 32).forEach(i -> seed[i] = (byte) (n * 31 + i));
        return seed;
    }

    /** Repeatable randomness, so that the seed messages and a failure's shrunk input are the same every run. */
    private static SecureRandom deterministicRandom() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
