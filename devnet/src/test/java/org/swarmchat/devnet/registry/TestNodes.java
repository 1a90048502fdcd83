package org.swarmchat.devnet.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.swarmchat.crypto.Ed25519KeyPair;

/** Made-up registry entries for tests; the keys are real, the ports are not listened on. */
final class TestNodes {
    private final Random random;
    private int nextPort = 20_000;

    TestNodes(long seed) {
        this.random = new Random(seed);
    }

    Snode next() {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        Ed25519KeyPair keys = Ed25519KeyPair.fromSeed(seed);
        return new Snode(keys.publicKey(), keys.toX25519().publicKey(), "127.0.0.1", nextPort++);
    }

    List<Snode> next(int count) {
        List<Snode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }
}
