package org.swarmchat.devnet.node;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.swarmchat.devnet.seed.OxendRpc;
import org.swarmchat.devnet.store.MessageStore;

/**
 * What request processing needs from its node.
 *
 * @param identity the node's keys, for signing results
 * @param store the node's messages
 * @param clock the node's (possibly skewed) clock
 * @param peers the channel to swarm peers
 * @param oxend answers {@code oxend_request}
 * @param executor runs forwarded requests and batch subrequests (virtual threads)
 * @param peerTimeout how long an entry node waits for its peers
 */
record NodeServices(NodeIdentity identity, MessageStore store, NodeClock clock, PeerChannel peers, OxendRpc oxend,
        Executor executor, Duration peerTimeout) {
}
