package org.swarmchat.swarm.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.OnionLayerPeeler;
import org.swarmchat.crypto.onion.PeeledLayer;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpReply;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.TransportException;

/**
 * An in-process stand-in for the relay side of {@code /onion_req/v2} (SPEC §4.4-§4.5), for unit tests of the
 * onion executor: peels each layer with the crypto module's node-side code and the test nodes' real keys,
 * forwards to the next hop, and lets the test decide what the destination answers, which nodes are unknown to
 * relays, and which guards refuse connections. It records every plaintext each node saw, so that tests can check
 * what a hop learns. A fake only because the devnet's own onion endpoint is not there yet; the devnet tests
 * cover the real thing.
 */
final class FakeOnionNetwork implements HttpTransport {
    final Map<Ed25519PublicKey, List<String>> seen = new ConcurrentHashMap<>();
    final Set<Ed25519PublicKey> unknownToRelays = ConcurrentHashMap.newKeySet();
    final Set<Ed25519PublicKey> refusing = ConcurrentHashMap.newKeySet();
    final List<Snode> contacted = new CopyOnWriteArrayList<>();
    volatile Function<byte[], String> destination = body -> "{\"status\":200,\"body\":\"{\\\"results\\\":[]}\"}";
    volatile boolean garbleReplies;
    private final Map<Integer, Snode> byPort = new HashMap<>();
    private final Map<Ed25519PublicKey, Integer> index = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    FakeOnionNetwork(int nodes) {
        for (int i = 0; i < nodes; i++) {
            Snode n = TestNodes.node(i);
            byPort.put(n.port(), n);
            index.put(n.ed25519(), i);
        }
    }

    @Override
    public HttpReply post(String url, byte[] body, String contentType, Deadline deadline) throws TransportException {
        int port = Integer.parseInt(url.replaceAll("^https://[^:]+:(\\d+)/.*$", "$1"));
        Snode guard = byPort.get(port);
        contacted.add(guard);
        if (guard == null || refusing.contains(guard.ed25519())) {
            throw new TransportException(TransportException.Kind.CONNECT, url, "connection refused", null);
        }
        try {
            CombinedPayload outer = CombinedPayload.decode(body);
            JsonNode control = SnodeJson.parse(outer.jsonBytes(), "guard control");
            return hop(guard, outer.blob(), X25519PublicKey.fromHex(control.get("ephemeral_key").asText()));
        } catch (Exception e) {
            return new HttpReply(400, "Invalid ciphertext".getBytes(StandardCharsets.UTF_8));
        }
    }

    private HttpReply hop(Snode node, byte[] blob, X25519PublicKey ephemeral) throws Exception {
        Ed25519KeyPair keys = TestNodes.keys(index.get(node.ed25519()));
        PeeledLayer layer = OnionLayerPeeler.decryptLayer(keys.toX25519(), ephemeral, EncryptionType.AES_GCM, blob);
        seen.computeIfAbsent(node.ed25519(), k -> new CopyOnWriteArrayList<>())
                .add(new String(layer.plaintext(), StandardCharsets.ISO_8859_1));
        CombinedPayload payload = layer.payload();
        JsonNode control = SnodeJson.parse(payload.jsonBytes(), "layer control");
        if (control.has("headers")) {
            if (garbleReplies) {
                return new HttpReply(200, "bm90IGVuY3J5cHRlZCB3aXRoIHlvdXIga2V5".getBytes(StandardCharsets.UTF_8));
            }
            String reply = destination.apply(payload.blob());
            return new HttpReply(200, OnionLayerPeeler.encryptResponse(layer.replyKey(),
                    reply.getBytes(StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8));
        }
        Ed25519PublicKey next = Ed25519PublicKey.fromHex(control.get("destination").asText());
        if (!index.containsKey(next) || unknownToRelays.contains(next)) {
            return new HttpReply(502, ("Next node not found: " + next.hex()).getBytes(StandardCharsets.UTF_8));
        }
        return hop(TestNodes.node(index.get(next)), payload.blob(),
                X25519PublicKey.fromHex(control.get("ephemeral_key").asText()));
    }
}
