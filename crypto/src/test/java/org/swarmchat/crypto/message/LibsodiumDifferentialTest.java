package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.KeyConversion;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.internal.SealedBox;

/**
 * Our Bouncy Castle compositions against libsodium itself (via lazysodium) on random keys and messages:
 * key derivation and conversion, signatures, sealed boxes both ways, and Session's signed box. Keys and
 * messages come from a fixed seed so that a failure names a reproducible round; ephemeral keys stay random.
 * Where a key is only an input, libsodium makes it, because its native code is much faster than ours.
 */
class LibsodiumDifferentialTest {
    private static final int MAX_MESSAGE = 2_000;

    private static LazySodiumJava sodium;

    @BeforeAll
    static void loadLibsodium() {
        sodium = new LazySodiumJava(new SodiumJava());
    }

    @Test
    void seedKeyPairsAndCurve25519ConversionsAgree() {
        Random data = new Random(1);
        for (int round = 0; round < 2_000; round++) {
            String at = "round " + round;
            byte[] seed = bytes(data, 32);
            byte[] pk = new byte[32];
            byte[] sk = new byte[64];
            assertThat(sodium.cryptoSignSeedKeypair(pk, sk, seed)).as(at).isTrue();
            byte[] xpk = new byte[32];
            byte[] xsk = new byte[32];
            assertThat(sodium.convertPublicKeyEd25519ToCurve25519(xpk, pk)).as(at).isTrue();
            assertThat(sodium.convertSecretKeyEd25519ToCurve25519(xsk, sk)).as(at).isTrue();

            Ed25519KeyPair ours = Ed25519KeyPair.fromSeed(seed);
            assertThat(ours.publicKey().bytes()).as(at).isEqualTo(pk);
            assertThat(ours.libsodiumSecretKey()).as(at).isEqualTo(sk);
            assertThat(KeyConversion.toX25519(ours.publicKey())).as(at).contains(X25519PublicKey.of(xpk));
            X25519KeyPair x = ours.toX25519();
            assertThat(x.privateKey()).as(at).isEqualTo(xsk);
            assertThat(x.publicKey().bytes()).as(at).isEqualTo(xpk);
        }
    }

    @Test
    void sealedBoxesOpenBothWays() throws Exception {
        Random data = new Random(2);
        SecureRandom ephemeral = new SecureRandom();
        for (int round = 0; round < 2_000; round++) {
            String at = "round " + round;
            byte[] pk = new byte[32];
            byte[] sk = new byte[32];
            assertThat(sodium.cryptoBoxSeedKeypair(pk, sk, bytes(data, 32))).as(at).isTrue();
            X25519KeyPair recipient = X25519KeyPair.fromPrivateKey(sk);
            assertThat(recipient.publicKey().bytes()).as(at).isEqualTo(pk);
            byte[] message = bytes(data, data.nextInt(MAX_MESSAGE + 1));

            // Alternate the direction: half the rounds each way keeps the run short on slow machines.
            if (round % 2 == 0) {
                byte[] ourBox = SealedBox.seal(message, recipient.publicKey(), ephemeral);
                byte[] opened = new byte[message.length];
                assertThat(sodium.cryptoBoxSealOpen(opened, ourBox, ourBox.length, pk, sk)).as(at).isTrue();
                assertThat(opened).as(at).isEqualTo(message);
            } else {
                byte[] theirBox = new byte[message.length + SealedBox.OVERHEAD];
                assertThat(sodium.cryptoBoxSeal(theirBox, message, message.length, pk)).as(at).isTrue();
                assertThat(SealedBox.open(theirBox, recipient)).as(at).isEqualTo(message);
            }
        }
    }

    @Test
    void signaturesAreIdenticalAndCrossVerify() {
        Random data = new Random(3);
        for (int round = 0; round < 500; round++) {
            String at = "round " + round;
            byte[] seed = bytes(data, 32);
            byte[] pk = new byte[32];
            byte[] sk = new byte[64];
            assertThat(sodium.cryptoSignSeedKeypair(pk, sk, seed)).as(at).isTrue();
            Ed25519KeyPair ours = Ed25519KeyPair.fromSeed(seed);
            byte[] message = bytes(data, data.nextInt(MAX_MESSAGE + 1));

            byte[] theirs = new byte[64];
            assertThat(sodium.cryptoSignDetached(theirs, message, message.length, sk)).as(at).isTrue();
            byte[] mine = ours.sign(message);
            // Ed25519 signing is deterministic: both must give the very same bytes.
            assertThat(mine).as(at).isEqualTo(theirs);
            assertThat(sodium.cryptoSignVerifyDetached(mine, message, message.length, pk)).as(at).isTrue();
            assertThat(ours.publicKey().verify(theirs, message)).as(at).isTrue();
            byte[] altered = mine.clone();
            altered[data.nextInt(64)] ^= (byte) (1 << data.nextInt(8));
            assertThat(sodium.cryptoSignVerifyDetached(altered, message, message.length, pk)).as(at).isFalse();
            assertThat(ours.publicKey().verify(altered, message)).as(at).isFalse();
        }
    }

    /** SPEC §5.2 by us, §5.3 by libsodium (open, then verify M || A || Y with A, as libsession does), and back. */
    @Test
    void sessionBoxesAgreeWithLibsodium() throws Exception {
        Random data = new Random(4);
        SecureRandom ephemeral = new SecureRandom();
        MessageSealer sealer = new MessageSealer(ephemeral);
        MessageOpener opener = new MessageOpener();
        for (int round = 0; round < 200; round++) {
            String at = "round " + round;
            Ed25519KeyPair sender = Ed25519KeyPair.fromSeed(bytes(data, 32));
            Ed25519KeyPair recipient = Ed25519KeyPair.fromSeed(bytes(data, 32));
            X25519KeyPair x = recipient.toX25519();
            byte[] message = bytes(data, data.nextInt(MAX_MESSAGE + 1));

            byte[] ciphertext = sealer.encryptForRecipient(sender, AccountId.of(recipient).publicKey(), message);
            byte[] inner = new byte[ciphertext.length - SealedBox.OVERHEAD];
            assertThat(sodium.cryptoBoxSealOpen(inner, ciphertext, ciphertext.length, x.publicKey().bytes(),
                    x.privateKey())).as(at).isTrue();
            int m = inner.length - 96;
            assertThat(Arrays.copyOf(inner, m)).as(at).isEqualTo(message);
            assertThat(Arrays.copyOfRange(inner, m, m + 32)).as(at).isEqualTo(sender.publicKey().bytes());
            byte[] signed = Arrays.copyOf(inner, m + 64);
            System.arraycopy(x.publicKey().bytes(), 0, signed, m + 32, 32);
            byte[] sig = Arrays.copyOfRange(inner, m + 32, m + 96);
            assertThat(sodium.cryptoSignVerifyDetached(sig, signed, signed.length, sender.publicKey().bytes()))
                    .as(at).isTrue();

            // libsodium seals the same signed inner part: our decrypt_incoming must accept it.
            byte[] theirBox = new byte[inner.length + SealedBox.OVERHEAD];
            assertThat(sodium.cryptoBoxSeal(theirBox, inner, inner.length, x.publicKey().bytes())).as(at).isTrue();
            DecryptedPayload payload = opener.decryptIncoming(x, theirBox);
            assertThat(payload.plaintext()).as(at).isEqualTo(message);
            assertThat(payload.senderAccountId()).as(at).isEqualTo(AccountId.of(sender));
        }
    }

    private static byte[] bytes(Random random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }
}
