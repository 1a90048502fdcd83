package org.swarmchat.devnet.onion;

import java.security.SecureRandom;
import java.util.Optional;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.onion.OnionLayerPeeler;
import org.swarmchat.crypto.onion.PeeledLayer;
import org.swarmchat.devnet.http.HttpEndpoint;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.http.HttpRequest;
import org.swarmchat.devnet.node.StorageNode;
import org.swarmchat.devnet.recording.SeenRequest;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * {@code POST /onion_req/v2} of one storage node (SPEC §4), with the storage server's answers:
 * <ul>
 * <li>from a client: 503 "Service node is not ready: …" when the node is in no swarm, 400 "Error parsing onion
 *     request: …" for a body without the §4.3 layout, a JSON object or a valid {@code ephemeral_key};</li>
 * <li>from a relaying node: 400 "Invalid internal onion request: …" for such a body, 400 "onion request max path
 *     length exceeded" beyond 15 hops, 503 "Snode not ready: pk" when the node is in no swarm;</li>
 * <li>then 400 "Invalid ciphertext" when the layer does not open with this node's key, an encrypted 400 "Invalid
 *     json" when the opened layer is not a combined payload with a usable JSON object;</li>
 * <li>at the destination ({@code headers}): the storage request's answer, encrypted (§4.5);</li>
 * <li>at a relay ({@code destination}): 502 "Next node not found: pk" for a node the network does not know,
 *     otherwise whatever {@link OnionRelay} gets from the next node;</li>
 * <li>at an exit to a server ({@code host}): an encrypted 400 "Invalid url" for a target the server would refuse,
 *     otherwise whatever {@link ServerProxy} gets.</li>
 * </ul>
 * The node's fault control acts before this endpoint is reached, so onion requests are dropped, delayed and
 * garbled like any other. What the node sees goes to its recorder (when that is on). Thread-safe.
 */
public final class OnionEndpoint implements HttpEndpoint {
    /** The storage server's {@code MAX_ONION_HOPS}. */
    static final int MAX_HOPS = 15;
    private static final String NOT_READY = "Service node is not ready: not in any swarm\n";

    private final StorageNode node;
    private final OnionRelay relay;
    private final ServerProxy proxy;
    private final SecureRandom random;

    OnionEndpoint(StorageNode node, OnionRelay relay, ServerProxy proxy, SecureRandom random) {
        this.node = node;
        this.relay = relay;
        this.proxy = proxy;
        this.random = random;
    }

    @Override
    public HttpReply handle(HttpRequest request) {
        Optional<String> from = request.header(OnionRelay.RELAY_FROM_HEADER);
        if (from.isEmpty()) {
            return fromClient(request);
        }
        Ed25519PublicKey previousHop;
        try {
            previousHop = Ed25519PublicKey.fromHex(from.get());
        } catch (IllegalArgumentException e) {
            return HttpReply.text(400, "Invalid internal onion request: " + OnionRelay.RELAY_FROM_HEADER
                    + " is not an Ed25519 key");
        }
        return fromNode(request, previousHop);
    }

    private HttpReply fromClient(HttpRequest request) {
        if (!ready()) {
            return HttpReply.text(503, NOT_READY);
        }
        OnionEnvelope envelope;
        try {
            envelope = OnionEnvelope.parse(request.body());
        } catch (OnionParseException e) {
            recordUnreadable(request, Optional.empty());
            return HttpReply.text(400, "Error parsing onion request: " + e.getMessage());
        }
        return peel(envelope, request, Optional.empty());
    }

    private HttpReply fromNode(HttpRequest request, Ed25519PublicKey previousHop) {
        OnionEnvelope envelope;
        try {
            envelope = OnionEnvelope.parse(request.body());
        } catch (OnionParseException e) {
            recordUnreadable(request, Optional.of(previousHop));
            return HttpReply.text(400, "Invalid internal onion request: " + e.getMessage());
        }
        if (envelope.hopNo() > MAX_HOPS) {
            return HttpReply.text(400, "onion request max path length exceeded");
        }
        return peel(envelope, request, Optional.of(previousHop));
    }

    private HttpReply peel(OnionEnvelope envelope, HttpRequest request, Optional<Ed25519PublicKey> previousHop) {
        if (!ready()) {
            return HttpReply.text(503, "Snode not ready: " + node.identity().ed25519().hex());
        }
        PeeledLayer layer;
        try {
            layer = OnionLayerPeeler.decryptLayer(node.identity().x25519KeyPair(), envelope.ephemeralKey(),
                    envelope.encType(), envelope.ciphertext());
        } catch (DecryptionException e) {
            recordUnreadable(request, previousHop);
            return HttpReply.text(400, "Invalid ciphertext");
        }
        LayerInstruction instruction;
        try {
            instruction = LayerInstruction.parse(layer.plaintext());
        } catch (OnionParseException e) {
            recordUnreadable(request, previousHop);
            return DestinationReply.error(400, "Invalid json", layer.replyKey(), random);
        }
        return switch (instruction) {
            case LayerInstruction.ForDestination d -> {
                node.recorder().record(() -> SeenRequest.storage(SeenRequest.Role.DESTINATION,
                        request.remoteAddress(), previousHop, d.request()));
                yield DestinationReply.wrap(node.processStorageRpc(d.request()), layer.replyKey(), d.embedJson(),
                        d.base64(), random);
            }
            case LayerInstruction.ForNode n -> relay(n, envelope.hopNo(), request, previousHop);
            case LayerInstruction.ForServer s -> ServerProxy.allowed(s) ? proxy.forward(s)
                    : DestinationReply.error(400, "Invalid url", layer.replyKey(), random);
        };
    }

    private HttpReply relay(LayerInstruction.ForNode next, int hopNo, HttpRequest request,
            Optional<Ed25519PublicKey> previousHop) {
        node.recorder().record(() -> SeenRequest.relay(request.remoteAddress(), previousHop, next.next()));
        Optional<Snode> target = node.view().node(next.next());
        if (target.isEmpty()) {
            return HttpReply.text(502, "Next node not found: " + next.next().hex());
        }
        return relay.forward(target.get(),
                new OnionEnvelope(next.ciphertext(), next.ephemeralKey(), next.encType(), hopNo + 1),
                node.identity().ed25519());
    }

    private void recordUnreadable(HttpRequest request, Optional<Ed25519PublicKey> previousHop) {
        node.recorder().record(() -> SeenRequest.unreadable(request.remoteAddress(), previousHop));
    }

    private boolean ready() {
        return node.view().swarmIdOf(node.identity().ed25519()) != SwarmSpace.INVALID_SWARM_ID;
    }
}
