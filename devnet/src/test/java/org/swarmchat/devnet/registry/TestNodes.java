package org.swarmchat.devnet.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;

/** Made-up registry entries for tests: random key bytes, ports nobody listens on. */
final class TestNodes {
    private final Random random;
    private int nextPort = 20_000;

    TestNodes(long seed) {
        this.random = new Random(seed);
    }

    Snode next() {
        // Random bytes stand in for keys: the registry only compares and hashes them, and real key derivation
        // would dominate the run time of the large cases.
        byte[] ed = new byte[32];
        byte[] x = new byte[32];
        random.nextBytes(ed);
        random.nextBytes(x);
        return new Snode(Ed25519PublicKey.of(ed), X25519PublicKey.of(x), "127.0.0.1", nextPort++);
    }

    List<Snode> next(int count) {
        List<Snode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }
}
