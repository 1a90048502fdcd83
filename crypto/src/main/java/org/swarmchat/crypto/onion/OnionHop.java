package org.swarmchat.crypto.onion;

import java.util.Objects;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * A service node as an onion layer addresses it: its Ed25519 key names it in the previous layer's
 * {@code destination}, its X25519 key is the key the layer is encrypted to.
 *
 * @param ed25519 the node's identity key ({@code pubkey_ed25519} in the node list)
 * @param x25519 the node's onion encryption key ({@code pubkey_x25519} in the node list)
 */
public record OnionHop(Ed25519PublicKey ed25519, X25519PublicKey x25519) {
    /** Checks that both keys are present. */
    public OnionHop {
        Objects.requireNonNull(ed25519, "ed25519");
        Objects.requireNonNull(x25519, "x25519");
    }
}
