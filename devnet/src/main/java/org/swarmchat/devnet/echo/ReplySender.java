package org.swarmchat.devnet.echo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a sealed answer in the recipient's namespace 0 (SPEC §3.4.1, §5.4): an unsigned {@code store} to one
 * member of the recipient's swarm, which replicates it to the others; the next member when one fails, the named
 * swarm after a 421. Storing the same bytes twice is harmless: the hash is the same and the swarm keeps one copy.
 * Not thread-safe: the echo contact's one thread uses it.
 */
final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    /** Session's TTL for content messages (SPEC §3.4.1). */
    static final Duration TTL = Duration.ofDays(14);
    /** A 421 moves the request to another swarm; more than two in a row means the network is changing fast. */
    private static final int MAX_REDIRECTS = 2;

    private final SnodeRpc rpc;
    private final SwarmLocator swarms;
    private final Clock clock;

    ReplySender(SnodeRpc rpc, SwarmLocator swarms, Clock clock) {
        this.rpc = rpc;
        this.swarms = swarms;
        this.clock = clock;
    }

    /**
     * Stores {@code base64Data} for {@code recipientHex}.
     *
     * @return whether at least one member of the recipient's swarm stored it
     * @throws InterruptedException if interrupted
     */
    boolean send(String recipientHex, String base64Data) throws InterruptedException {
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            List<NodeAddress> members;
            try {
                members = swarms.membersOf(recipientHex);
            } catch (IOException e) {
                LOG.warn("echo contact: cannot find the swarm of {}: {}", recipientHex, e.getMessage());
                return false;
            }
            boolean redirected = false;
            for (NodeAddress node : members) {
                try {
                    SnodeRpc.Reply reply = rpc.call(node, "store", params(recipientHex, base64Data));
                    if (reply.status() == 200) {
                        return true;
                    }
                    if (reply.status() == 421) {
                        swarms.misdirected(recipientHex, reply);
                        redirected = true;
                        break;
                    }
                    LOG.debug("echo contact: store on {} answered {} {}", node.shortName(), reply.status(),
                            reply.body());
                } catch (IOException e) {
                    LOG.debug("echo contact: store on {} failed: {}", node.shortName(), e.toString());
                }
                swarms.failed(recipientHex, node);
            }
            if (!redirected) {
                return false;
            }
        }
        return false;
    }

    private ObjectNode params(String recipientHex, String base64Data) {
        ObjectNode p = SnodeRpc.JSON.createObjectNode();
        p.put("pubkey", recipientHex);
        p.put("namespace", 0);
        p.put("timestamp", clock.millis());
        p.put("ttl", TTL.toMillis());
        p.put("data", base64Data);
        return p;
    }
}
