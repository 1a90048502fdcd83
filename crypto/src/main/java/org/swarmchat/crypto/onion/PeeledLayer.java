package org.swarmchat.crypto.onion;

/**
 * One onion layer opened by the node it was addressed to: the plaintext (itself a {@link CombinedPayload})
 * and the key to encrypt the node's response with, should it be the destination. Immutable.
 */
public final class PeeledLayer {
    private final byte[] plaintext;
    private final HopKeys replyKey;

    PeeledLayer(byte[] plaintext, HopKeys replyKey) {
        this.plaintext = plaintext;
        this.replyKey = replyKey;
    }

    /** A copy of the decrypted layer: {@code [N] || blob || JSON}. */
    public byte[] plaintext() {
        return plaintext.clone();
    }

    /**
     * The decrypted layer split into blob and JSON.
     *
     * @throws MalformedOnionException if the plaintext is not a combined payload (the storage server then
     *     answers 400)
     */
    public CombinedPayload payload() throws MalformedOnionException {
        return CombinedPayload.decode(plaintext);
    }

    /** The layer's key; the destination encrypts its response with it. */
    public HopKeys replyKey() {
        return replyKey;
    }

    @Override
    public String toString() {
        return "PeeledLayer[" + plaintext.length + " bytes, " + replyKey + "]";
    }
}
