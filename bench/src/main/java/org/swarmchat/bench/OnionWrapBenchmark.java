package org.swarmchat.bench;

import static org.swarmchat.bench.Libsodium.SODIUM;
import static org.swarmchat.bench.Libsodium.check;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.OnionHop;
import org.swarmchat.crypto.onion.OnionRequest;
import org.swarmchat.crypto.onion.OnionRequestBuilder;

/**
 * Wrapping a store request (a 1 KiB RPC body) for a 3-hop onion path: the destination layer plus one layer per path
 * node, each with a fresh ephemeral X25519 key (SPEC §4.4). libsodium does the same work for the xchacha20 type
 * (X25519, BLAKE2b-256 key, XChaCha20-Poly1305, the same combined-payload layout).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OnionWrapBenchmark {
    private final SecureRandom random = new SecureRandom();
    private final OnionRequestBuilder builder = new OnionRequestBuilder(random);
    /** X25519 keys of path[0..2] then the destination, so the benchmark's test can peel what it wraps. */
    final List<X25519KeyPair> nodeKeys = new ArrayList<>();
    private List<OnionHop> path;
    private OnionHop destination;
    private byte[] payload;

    @Setup
    public void setUp() {
        path = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            path.add(randomNode());
        }
        destination = randomNode();
        payload = new byte[1024];
        random.nextBytes(payload);
    }

    private OnionHop randomNode() {
        Ed25519KeyPair ed = Ed25519KeyPair.generate(random);
        X25519KeyPair x = ed.toX25519();
        nodeKeys.add(x);
        return new OnionHop(ed.publicKey(), x.publicKey());
    }

    @Benchmark
    public OnionRequest wrapAesGcmBouncyCastle() throws Exception {
        return builder.build(path, destination, payload, EncryptionType.AES_GCM);
    }

    @Benchmark
    public OnionRequest wrapXChaChaBouncyCastle() throws Exception {
        return builder.build(path, destination, payload, EncryptionType.XCHACHA20);
    }

    @Benchmark
    public byte[] wrapXChaChaLibsodium() {
        byte[] layer = sodiumLayer(destination, payload, "{\"headers\":{}}");
        String nextEphemeral = lastEphemeralHex;
        OnionHop next = destination;
        for (int i = path.size() - 1; i >= 0; i--) {
            String control = "{\"destination\":\"" + next.ed25519().hex() + "\",\"ephemeral_key\":\""
                    + nextEphemeral + "\",\"enc_type\":\"xchacha20\"}";
            layer = sodiumLayer(path.get(i), layer, control);
            nextEphemeral = lastEphemeralHex;
            next = path.get(i);
        }
        return combined(layer, ("{\"ephemeral_key\":\"" + nextEphemeral + "\",\"enc_type\":\"xchacha20\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private String lastEphemeralHex;

    /** Encrypts {@code [len(inner)] || inner || control} for {@code node} with a fresh ephemeral key. */
    private byte[] sodiumLayer(OnionHop node, byte[] inner, String control) {
        byte[] plaintext = combined(inner, control.getBytes(StandardCharsets.UTF_8));
        byte[] ephPk = new byte[32];
        byte[] ephSk = new byte[32];
        check(SODIUM.cryptoBoxKeypair(ephPk, ephSk), "keypair");
        byte[] nodePk = node.x25519().bytes();
        byte[] shared = new byte[32];
        check(SODIUM.cryptoScalarMult(shared, ephSk, nodePk), "scalarmult");
        byte[] keyInput = new byte[96];
        System.arraycopy(shared, 0, keyInput, 0, 32);
        System.arraycopy(ephPk, 0, keyInput, 32, 32);
        System.arraycopy(nodePk, 0, keyInput, 64, 32);
        byte[] key = new byte[32];
        check(SODIUM.cryptoGenericHash(key, 32, keyInput, keyInput.length, null, 0), "blake2b");
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        byte[] out = new byte[24 + plaintext.length + 16];
        byte[] ct = new byte[plaintext.length + 16];
        long[] ctLen = new long[1];
        check(SODIUM.cryptoAeadXChaCha20Poly1305IetfEncrypt(ct, ctLen, plaintext, plaintext.length, null, 0,
                null, nonce, key), "xchacha20poly1305");
        System.arraycopy(nonce, 0, out, 0, 24);
        System.arraycopy(ct, 0, out, 24, ct.length);
        lastEphemeralHex = HexFormat.of().formatHex(ephPk);
        return out;
    }

    private static byte[] combined(byte[] blob, byte[] json) {
        return ByteBuffer.allocate(4 + blob.length + json.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(blob.length).put(blob).put(json).array();
    }
}
