package org.swarmchat.devnet.echo;

/**
 * Where a storage node listens, as {@code get_swarm} describes it.
 *
 * @param ip the node's IPv4 address (on the devnet, {@code 127.0.0.1})
 * @param port its HTTPS port
 * @param ed25519Hex its Ed25519 key in hex, which names it in {@code last_hash} bookkeeping and logs
 */
public record NodeAddress(String ip, int port, String ed25519Hex) {
    /** {@code https://ip:port/storage_rpc/v1}. */
    String storageRpcUrl() {
        return "https://" + ip + ":" + port + "/storage_rpc/v1";
    }

    /** A short form for logs. */
    String shortName() {
        return ed25519Hex.substring(0, Math.min(8, ed25519Hex.length())) + "@" + port;
    }
}
