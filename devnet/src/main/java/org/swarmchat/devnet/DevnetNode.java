package org.swarmchat.devnet;

import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * A devnet node as it stands when asked: identity, address and swarm. A snapshot; ask {@link LocalDevnet} again
 * after membership changes.
 *
 * @param ed25519 the node's identity (its {@code pubkey_ed25519})
 * @param x25519 the node's onion key (its {@code pubkey_x25519})
 * @param host always {@code 127.0.0.1}
 * @param port the HTTPS port of {@code /storage_rpc/v1}
 * @param swarmId the node's swarm, {@link SwarmSpace#INVALID_SWARM_ID} if decommissioned or leaving
 * @param running whether the node listens (false after {@code faults(node).stop()})
 */
public record DevnetNode(Ed25519PublicKey ed25519, X25519PublicKey x25519, String host, int port, long swarmId,
        boolean running) {
    /** {@code https://127.0.0.1:port}. */
    public String url() {
        return "https://" + host + ":" + port;
    }

    /** The swarm id as {@code get_swarm} writes it: lower-case hex without leading zeros. */
    public String swarmHex() {
        return SwarmSpace.hex(swarmId);
    }
}
