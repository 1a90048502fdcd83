package org.swarmchat.swarm;

import java.util.ArrayList;
import java.util.List;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.swarm.api.Snode;

/** Deterministic snodes for unit tests: node {@code i} has the key pair made from seed byte {@code i}. */
public final class TestNodes {
    private TestNodes() {
    }

    /** The key pair of node {@code i}. */
    public static Ed25519KeyPair keys(int i) {
        byte[] seed = new byte[32];
        seed[0] = (byte) i;
        seed[1] = (byte) (i >> 8);
        seed[31] = 7;
        return Ed25519KeyPair.fromSeed(seed);
    }

    /** Node {@code i} at {@code 10.0.i/256.i%256:port}. */
    public static Snode node(int i) {
        Ed25519KeyPair k = keys(i);
        return new Snode(k.publicKey(), k.toX25519().publicKey(), "10.0." + (i / 256) + "." + (i % 256 + 1),
                20_000 + i);
    }

    /** Nodes {@code 0..count-1}. */
    public static List<Snode> nodes(int count) {
        List<Snode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(node(i));
        }
        return out;
    }
}
