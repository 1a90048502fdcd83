package org.swarmchat.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.HexCodec;

class XChaCha20Poly1305Test {
    private static final LazySodiumJava SODIUM = new LazySodiumJava(new SodiumJava());

    /** draft-irtf-cfrg-xchacha-03 §2.2.1. */
    @Test
    void hChaCha20MatchesTheDraftTestVector() {
        byte[] key = hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        byte[] nonce = hex("000000090000004a0000000031415927");

        assertThat(XChaCha20Poly1305.hChaCha20(key, nonce))
                .isEqualTo(hex("82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc"));
    }

    /** draft-irtf-cfrg-xchacha-03 §A.3.1. */
    @Test
    void aeadMatchesTheDraftTestVector() throws DecryptionException {
        byte[] plaintext = ("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
                + "future, sunscreen would be it.").getBytes(StandardCharsets.US_ASCII);
        byte[] aad = hex("50515253c0c1c2c3c4c5c6c7");
        byte[] key = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        byte[] nonce = hex("404142434445464748494a4b4c4d4e4f5051525354555657");
        byte[] expected = hex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
                + "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
                + "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                + "21f9664c97637da9768812f615c68b13b52e"
                + "c0875924c1c7987947deafd8780acf49");

        assertThat(XChaCha20Poly1305.encrypt(key, nonce, plaintext, aad)).isEqualTo(expected);
        assertThat(XChaCha20Poly1305.decrypt(key, nonce, expected, aad)).isEqualTo(plaintext);
    }

    @Test
    void agreesWithLibsodiumOnRandomInputs() throws DecryptionException {
        Random random = new Random(20240611);
        for (int i = 0; i < 300; i++) {
            byte[] key = bytes(random, 32);
            byte[] nonce = bytes(random, 24);
            byte[] message = bytes(random, random.nextInt(i < 10 ? 3 : 600));
            byte[] aad = i % 3 == 0 ? new byte[0] : bytes(random, random.nextInt(40));

            byte[] ours = XChaCha20Poly1305.encrypt(key, nonce, message, aad);
            byte[] theirs = new byte[message.length + 16];
            assertThat(SODIUM.cryptoAeadXChaCha20Poly1305IetfEncrypt(theirs, new long[1], message, message.length,
                    aad, aad.length, null, nonce, key)).isTrue();

            assertThat(ours).as("case %d, %d bytes", i, message.length).isEqualTo(theirs);
            assertThat(XChaCha20Poly1305.decrypt(key, nonce, theirs, aad)).isEqualTo(message);
        }
    }

    @Test
    void noAadIsTheSameAsEmptyAad() throws DecryptionException {
        byte[] key = bytes(new Random(1), 32);
        byte[] nonce = bytes(new Random(2), 24);
        byte[] message = "no associated data".getBytes(StandardCharsets.US_ASCII);

        byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, message);

        assertThat(sealed).isEqualTo(XChaCha20Poly1305.encrypt(key, nonce, message, new byte[0]));
        assertThat(XChaCha20Poly1305.decrypt(key, nonce, sealed)).isEqualTo(message);
    }

    @Test
    void everyFlippedBitIsRejected() {
        byte[] key = bytes(new Random(3), 32);
        byte[] nonce = bytes(new Random(4), 24);
        byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, "tamper with me".getBytes(StandardCharsets.US_ASCII));

        for (int bit = 0; bit < 8 * sealed.length; bit++) {
            byte[] broken = sealed.clone();
            broken[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> XChaCha20Poly1305.decrypt(key, nonce, broken))
                    .isInstanceOf(DecryptionException.class);
        }
    }

    @Test
    void wrongKeyNonceOrAadIsRejected() {
        byte[] key = bytes(new Random(5), 32);
        byte[] nonce = bytes(new Random(6), 24);
        byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, new byte[10], new byte[] {1});
        byte[] otherKey = key.clone();
        otherKey[0] ^= 1;
        byte[] otherNonce = nonce.clone();
        otherNonce[23] ^= 1;

        assertThatThrownBy(() -> XChaCha20Poly1305.decrypt(otherKey, nonce, sealed, new byte[] {1}))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> XChaCha20Poly1305.decrypt(key, otherNonce, sealed, new byte[] {1}))
                .isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> XChaCha20Poly1305.decrypt(key, nonce, sealed, new byte[] {2}))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void inputShorterThanTheTagIsADecryptionFailure() {
        byte[] key = new byte[32];
        byte[] nonce = new byte[24];
        for (int length = 0; length < 16; length++) {
            byte[] tooShort = new byte[length];
            assertThatThrownBy(() -> XChaCha20Poly1305.decrypt(key, nonce, tooShort))
                    .isInstanceOf(DecryptionException.class);
        }
    }

    @Test
    void decryptsARangeOfALargerArray() throws DecryptionException {
        byte[] key = bytes(new Random(7), 32);
        byte[] nonce = bytes(new Random(8), 24);
        byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, "in the middle".getBytes(StandardCharsets.US_ASCII));
        byte[] framed = new byte[sealed.length + 7];
        System.arraycopy(sealed, 0, framed, 3, sealed.length);

        assertThat(new String(XChaCha20Poly1305.decrypt(key, nonce, framed, 3, sealed.length, new byte[0]),
                StandardCharsets.US_ASCII)).isEqualTo("in the middle");
    }

    @Test
    void badKeyOrNonceLengthsAreProgrammingErrors() {
        assertThatThrownBy(() -> XChaCha20Poly1305.encrypt(new byte[31], new byte[24], new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XChaCha20Poly1305.encrypt(new byte[32], new byte[12], new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XChaCha20Poly1305.decrypt(new byte[32], new byte[24], new byte[20], 10, 20, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }

    private static byte[] hex(String hex) {
        return HexCodec.decode(hex, "test vector");
    }
}
