package org.swarmchat.devnet.node;

import java.util.random.RandomGenerator;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * A storage node's keys: the Ed25519 identity it signs with and the X25519 key derived from it, as real service
 * nodes derive theirs. Immutable.
 */
public final class NodeIdentity {
    private final Ed25519KeyPair ed25519;
    private final X25519KeyPair x25519;
    /**
     * The same key as Bouncy Castle's parameters, which keep the public key: signing from the seed alone derives
     * the public key again (a scalar multiplication) on every call, half the cost of a signature, and a node signs
     * every message it stores. The signatures are the same bytes (Ed25519 is deterministic).
     */
    private final Ed25519PrivateKeyParameters signingKey;

    private NodeIdentity(Ed25519KeyPair ed25519) {
        this.ed25519 = ed25519;
        this.x25519 = ed25519.toX25519();
        this.signingKey = new Ed25519PrivateKeyParameters(ed25519.seed());
    }

    /**
     * The identity of a 32-byte Ed25519 seed.
     *
     * @throws IllegalArgumentException if the seed is not 32 bytes
     */
    public static NodeIdentity fromSeed(byte[] seed) {
        return new NodeIdentity(Ed25519KeyPair.fromSeed(seed));
    }

    /** A new identity from {@code random}; a seeded generator gives reproducible devnets. */
    public static NodeIdentity generate(RandomGenerator random) {
        byte[] seed = new byte[Ed25519KeyPair.SEED_LENGTH];
        random.nextBytes(seed);
        return fromSeed(seed);
    }

    /** The Ed25519 public key: the node's identity, onion destination and legacy key. */
    public Ed25519PublicKey ed25519() {
        return ed25519.publicKey();
    }

    /** The X25519 public key onion layers are encrypted to. */
    public X25519PublicKey x25519() {
        return x25519.publicKey();
    }

    /** The X25519 key pair, for decrypting onion layers. */
    public X25519KeyPair x25519KeyPair() {
        return x25519;
    }

    /** A copy of the Ed25519 seed, for saving the identity. It is the node's whole secret. */
    public byte[] seed() {
        return ed25519.seed();
    }

    /** The node's Ed25519 signature over {@code message}. */
    public byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        signingKey.sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public String toString() {
        return "NodeIdentity[" + ed25519().hex() + "]";
    }
}
