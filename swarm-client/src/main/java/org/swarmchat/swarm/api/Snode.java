package org.swarmchat.swarm.api;

import java.util.Objects;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.OnionHop;

/**
 * A storage service node as clients know it from the node list (SPEC §1.2) or a swarm reply (§2.3): its
 * identity, its onion key and where its HTTPS storage server listens. The Ed25519 key identifies the node; two
 * entries with the same key and different addresses are the same node seen at different times.
 *
 * @param ed25519 {@code pubkey_ed25519}: identity, and the onion {@code destination}
 * @param x25519 {@code pubkey_x25519}: the key onion layers for this node are encrypted to
 * @param ip {@code public_ip} / {@code ip}: dotted IPv4
 * @param port {@code storage_port} / {@code port_https}
 */
public record Snode(Ed25519PublicKey ed25519, X25519PublicKey x25519, String ip, int port) {
    /**
     * Checks the members.
     *
     * @throws IllegalArgumentException if the IP is empty or {@code 0.0.0.0} (a node without an uptime proof,
     *     which clients drop) or the port is out of range
     */
    public Snode {
        Objects.requireNonNull(ed25519, "ed25519");
        Objects.requireNonNull(x25519, "x25519");
        Objects.requireNonNull(ip, "ip");
        if (ip.isBlank() || ip.equals("0.0.0.0")) {
            throw new IllegalArgumentException("snode " + ed25519.hex() + " has no usable IP ('" + ip + "')");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("snode " + ed25519.hex() + " has port " + port + " out of range");
        }
    }

    /** {@code ip:port}. */
    public String address() {
        return ip + ":" + port;
    }

    /** The direct storage RPC endpoint, {@code https://ip:port/storage_rpc/v1}. */
    public String storageRpcUrl() {
        return "https://" + address() + "/storage_rpc/v1";
    }

    /** The onion entry endpoint, {@code https://ip:port/onion_req/v2}. */
    public String onionUrl() {
        return "https://" + address() + "/onion_req/v2";
    }

    /** This node as an onion layer addresses it. */
    public OnionHop onionHop() {
        return new OnionHop(ed25519, x25519);
    }

    /** The first 8 hex characters of the identity, for logs and messages. */
    public String shortId() {
        return ed25519.hex().substring(0, 8);
    }

    @Override
    public String toString() {
        return "Snode[" + shortId() + "@" + address() + "]";
    }
}
