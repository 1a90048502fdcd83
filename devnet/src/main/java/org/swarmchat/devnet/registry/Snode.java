package org.swarmchat.devnet.registry;

import java.util.Objects;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * What the network knows of one storage node, as oxend lists it: its Ed25519 identity (also its legacy key), the
 * X25519 key onion layers are encrypted to, and where its HTTPS storage server listens.
 *
 * @param ed25519 the node's identity
 * @param x25519 the node's X25519 key, derived from the Ed25519 key as real nodes derive it
 * @param ip the IPv4 address the node listens on (always {@code 127.0.0.1} in the devnet)
 * @param port the HTTPS port of {@code /storage_rpc/v1}
 */
public record Snode(Ed25519PublicKey ed25519, X25519PublicKey x25519, String ip, int port) {
    /** Checks the members. */
    public Snode {
        Objects.requireNonNull(ed25519, "ed25519");
        Objects.requireNonNull(x25519, "x25519");
        Objects.requireNonNull(ip, "ip");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** {@code https://ip:port}, without a trailing slash. */
    public String baseUrl() {
        return "https://" + ip + ":" + port;
    }
}
