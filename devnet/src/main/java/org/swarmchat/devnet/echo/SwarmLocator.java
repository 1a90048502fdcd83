package org.swarmchat.devnet.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which nodes hold a pubkey's swarm, as the network says: {@code get_swarm} over HTTPS to a known node, cached,
 * replaced by the swarm a 421 names (SPEC §2.6), and thinned as members fail. Not thread-safe: the echo contact's
 * one thread uses it.
 */
final class SwarmLocator {
    private static final Logger LOG = LoggerFactory.getLogger(SwarmLocator.class);
    /** Senders whose swarms are remembered; the oldest is forgotten first (and fetched again when needed). */
    private static final int MAX_CACHED = 1_000;
    private static final int ATTEMPTS = 3;

    private final SnodeRpc rpc;
    private final Supplier<List<NodeAddress>> knownNodes;
    private final RandomGenerator random;
    private final Map<String, List<NodeAddress>> swarms = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<NodeAddress>> eldest) {
            return size() > MAX_CACHED;
        }
    };

    /**
     * @param knownNodes the nodes to ask {@code get_swarm} (any node answers for any pubkey)
     */
    SwarmLocator(SnodeRpc rpc, Supplier<List<NodeAddress>> knownNodes, RandomGenerator random) {
        this.rpc = rpc;
        this.knownNodes = knownNodes;
        this.random = random;
    }

    /**
     * The members of {@code pubkeyHex}'s swarm in random order, from the cache or asked of the network.
     *
     * @throws IOException if no node could say, or the swarm is empty
     * @throws InterruptedException if interrupted while asking
     */
    List<NodeAddress> membersOf(String pubkeyHex) throws IOException, InterruptedException {
        List<NodeAddress> cached = swarms.get(pubkeyHex);
        List<NodeAddress> members = cached != null ? cached : fetch(pubkeyHex);
        List<NodeAddress> shuffled = new ArrayList<>(members);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        return shuffled;
    }

    /** Takes the swarm a 421 reply names, if it names one; otherwise forgets the cached swarm. */
    void misdirected(String pubkeyHex, SnodeRpc.Reply reply) {
        Optional<List<NodeAddress>> named = Optional.empty();
        try {
            named = parse(reply.json());
        } catch (IOException e) {
            LOG.debug("a 421 reply for {} is not JSON", pubkeyHex, e);
        }
        if (named.isPresent() && !named.get().isEmpty()) {
            swarms.put(pubkeyHex, named.get());
        } else {
            swarms.remove(pubkeyHex);
        }
    }

    /** Drops a member that failed; once none is left, the next call asks the network again. */
    void failed(String pubkeyHex, NodeAddress node) {
        List<NodeAddress> cached = swarms.get(pubkeyHex);
        if (cached == null) {
            return;
        }
        List<NodeAddress> rest = cached.stream().filter(n -> !n.equals(node)).toList();
        if (rest.isEmpty()) {
            swarms.remove(pubkeyHex);
        } else {
            swarms.put(pubkeyHex, rest);
        }
    }

    private List<NodeAddress> fetch(String pubkeyHex) throws IOException, InterruptedException {
        List<NodeAddress> nodes = knownNodes.get();
        if (nodes.isEmpty()) {
            throw new IOException("no devnet node is known");
        }
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            NodeAddress node = nodes.get(random.nextInt(nodes.size()));
            ObjectNode params = SnodeRpc.JSON.createObjectNode().put("pubkey", pubkeyHex);
            try {
                SnodeRpc.Reply reply = rpc.call(node, "get_swarm", params);
                if (reply.status() == 200) {
                    Optional<List<NodeAddress>> members = parse(reply.json());
                    if (members.isPresent() && !members.get().isEmpty()) {
                        swarms.put(pubkeyHex, members.get());
                        return members.get();
                    }
                    last = new IOException("get_swarm on " + node.shortName() + " named no members for "
                            + pubkeyHex);
                } else {
                    last = new IOException("get_swarm on " + node.shortName() + " answered " + reply.status());
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The members of a {@code get_swarm} (or 421) body; empty if it has no well-formed {@code snodes}. */
    private static Optional<List<NodeAddress>> parse(JsonNode body) {
        JsonNode snodes = body.path("snodes");
        if (!snodes.isArray()) {
            return Optional.empty();
        }
        List<NodeAddress> members = new ArrayList<>();
        for (JsonNode s : snodes) {
            String ip = s.path("ip").asText("");
            int port = s.path("port_https").asInt(0);
            String ed = s.path("pubkey_ed25519").asText("");
            // Clients skip unusable entries (ip 0.0.0.0: not yet known) rather than fail the whole swarm.
            if (port > 0 && port < 65_536 && !ed.isEmpty() && !ip.isEmpty() && !ip.equals("0.0.0.0")) {
                members.add(new NodeAddress(ip, port, ed));
            }
        }
        return Optional.of(List.copyOf(members));
    }
}
