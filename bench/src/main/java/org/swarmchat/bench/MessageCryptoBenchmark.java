package org.swarmchat.bench;

import static org.swarmchat.bench.Libsodium.SODIUM;
import static org.swarmchat.bench.Libsodium.check;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.OutgoingText;

/**
 * Seal+sign and open+verify of a 100-character text message (SPEC §5.2-5.3), Bouncy Castle beside libsodium doing
 * the same work on the same bytes: the padded Content (160 bytes) is signed (M || A || Y) and sealed to the
 * recipient, then opened, verified, and the sender's Account ID derived. The {@code full*} benchmarks add what only
 * our side does (protobuf, padding, Envelope and WebSocketMessage, base64).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MessageCryptoBenchmark {
    static final String TEXT_100 = "Swarmchat benchmark message: one hundred characters of text, as a person would "
            + "type it on a desk....";

    private final SecureRandom random = new SecureRandom();
    private Ed25519KeyPair sender;
    private Ed25519KeyPair recipient;
    private X25519KeyPair recipientX;
    private MessageSealer sealer;
    private MessageOpener opener;
    private byte[] padded;
    private byte[] sealedByUs;
    private String fullSealed;

    private byte[] senderSodiumSk;
    private byte[] senderEdPk;
    private byte[] recipientXPk;
    private byte[] recipientXSk;
    private byte[] sealedBySodium;

    @Setup
    public void setUp() {
        sender = Ed25519KeyPair.generate(random);
        recipient = Ed25519KeyPair.generate(random);
        recipientX = recipient.toX25519();
        sealer = new MessageSealer(random);
        opener = new MessageOpener();
        padded = java.util.Arrays.copyOf(TEXT_100.getBytes(java.nio.charset.StandardCharsets.UTF_8), 160);
        padded[TEXT_100.length()] = (byte) 0x80;
        sealedByUs = sealer.encryptForRecipient(sender, recipientX.publicKey(), padded);
        fullSealed = sealer.sealBase64(sender, AccountId.of(recipient),
                new OutgoingText(TEXT_100, java.util.Optional.of("Alice"), System.currentTimeMillis()));

        senderSodiumSk = sender.libsodiumSecretKey();
        senderEdPk = sender.publicKey().bytes();
        recipientXPk = recipientX.publicKey().bytes();
        recipientXSk = recipientX.privateKey();
        sealedBySodium = sodiumSealSign();
        if (sealedBySodium.length != sealedByUs.length) {
            throw new IllegalStateException("libsodium and Bouncy Castle disagree on the sealed length");
        }
    }

    @Benchmark
    public byte[] sealSignBouncyCastle() {
        return sealer.encryptForRecipient(sender, recipientX.publicKey(), padded);
    }

    @Benchmark
    public byte[] sealSignLibsodium() {
        return sodiumSealSign();
    }

    @Benchmark
    public Object openVerifyBouncyCastle() throws Exception {
        return opener.decryptIncoming(recipientX, sealedByUs);
    }

    @Benchmark
    public byte[] openVerifyLibsodium() {
        int n = sealedBySodium.length - 48;
        byte[] inner = new byte[n];
        check(SODIUM.cryptoBoxSealOpen(inner, sealedBySodium, sealedBySodium.length, recipientXPk, recipientXSk),
                "seal open");
        int m = n - 96;
        byte[] signed = new byte[m + 64];
        System.arraycopy(inner, 0, signed, 0, m + 32);
        System.arraycopy(recipientXPk, 0, signed, m + 32, 32);
        byte[] senderEd = java.util.Arrays.copyOfRange(inner, m, m + 32);
        byte[] sig = java.util.Arrays.copyOfRange(inner, m + 32, n);
        check(SODIUM.cryptoSignVerifyDetached(sig, signed, signed.length, senderEd), "verify");
        byte[] senderX = new byte[32];
        check(SODIUM.convertPublicKeyEd25519ToCurve25519(senderX, senderEd), "pk to curve25519");
        return senderX;
    }

    @Benchmark
    public String fullSealBouncyCastle() {
        return sealer.sealBase64(sender, AccountId.of(recipient),
                new OutgoingText(TEXT_100, java.util.Optional.of("Alice"), 1_700_000_000_000L));
    }

    @Benchmark
    public Object fullOpenBouncyCastle() throws Exception {
        return opener.open(fullSealed, recipient);
    }

    private byte[] sodiumSealSign() {
        int m = padded.length;
        byte[] toSign = new byte[m + 64];
        System.arraycopy(padded, 0, toSign, 0, m);
        System.arraycopy(senderEdPk, 0, toSign, m, 32);
        System.arraycopy(recipientXPk, 0, toSign, m + 32, 32);
        byte[] sig = new byte[64];
        check(SODIUM.cryptoSignDetached(sig, toSign, toSign.length, senderSodiumSk), "sign");
        byte[] inner = new byte[m + 96];
        System.arraycopy(toSign, 0, inner, 0, m + 32);
        System.arraycopy(sig, 0, inner, m + 32, 64);
        byte[] sealed = new byte[inner.length + 48];
        check(SODIUM.cryptoBoxSeal(sealed, inner, inner.length, recipientXPk), "seal");
        return sealed;
    }
}
