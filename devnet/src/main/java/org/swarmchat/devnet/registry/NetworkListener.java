package org.swarmchat.devnet.registry;

/** Told of every block, in order: how every node learns of a change of membership. */
@FunctionalInterface
public interface NetworkListener {
    /**
     * Called once per block, after the registry made {@code after} current, while the {@link BlockGate} holds off
     * every request that touches messages. The registry waits for this method before it lets requests in again,
     * so a hand-over done here is complete before any request sees the new view.
     *
     * @param before the view before the block
     * @param after the view the block produced
     */
    void onBlock(NetworkView before, NetworkView after);
}
