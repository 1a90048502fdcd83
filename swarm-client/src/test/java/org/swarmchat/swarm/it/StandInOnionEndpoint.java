package org.swarmchat.swarm.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.MalformedOnionException;
import org.swarmchat.crypto.onion.OnionLayerPeeler;
import org.swarmchat.crypto.onion.PeeledLayer;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.http.HttpRequest;
import org.swarmchat.devnet.node.RpcResponse;
import org.swarmchat.devnet.node.StorageNode;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.OkHttpTransport;
import org.swarmchat.swarm.transport.TransportException;

/**
 * A test-only {@code POST /onion_req/v2} for devnet nodes, installed only on nodes whose route table lacks one:
 * the devnet's own onion endpoint is being written on another branch, and until it arrives this stand-in lets the
 * onion tests run over real HTTPS between real nodes, faults included. It plugs into the devnet's public
 * extension points ({@code StorageNode.routes()}, {@code processStorageRpc}) and peels layers with the crypto
 * module's node-side code (SPEC §4.4-§4.5): a layer with {@code headers} is run as a storage RPC and answered
 * with the encrypted {@code {"status","body"}}; a layer with {@code destination} is forwarded over HTTPS to that
 * node's {@code /onion_req/v2}, and relay errors are the storage server's texts ("Next node not found: pk", 504
 * "Request time out", 400 "Invalid ciphertext").
 *
 * <p>It also records, per node, the decrypted layers the node saw, for the privacy test; the devnet offers no such
 * recording of its own.
 */
final class StandInOnionEndpoint {
    /** Plaintext layers seen, by node. */
    static final Map<Ed25519PublicKey, List<String>> SEEN = new ConcurrentHashMap<>();
    private static final Duration HOP_TIMEOUT = Duration.ofSeconds(8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpTransport RELAY = OkHttpTransport.forSnodes(RANDOM, Duration.ofSeconds(2));

    private final LocalDevnet devnet;
    private final StorageNode node;

    private StandInOnionEndpoint(LocalDevnet devnet, StorageNode node) {
        this.devnet = devnet;
        this.node = node;
    }

    /**
     * Installs the stand-in on every node that has no {@code /onion_req/v2}.
     *
     * @return how many nodes got it
     */
    static int installWhereMissing(LocalDevnet devnet) {
        int installed = 0;
        for (DevnetNode n : devnet.nodes()) {
            StorageNode storage = devnet.storageNode(n);
            if (storage.routes().find("POST", "/onion_req/v2").isEmpty()) {
                storage.routes().add("POST", "/onion_req/v2", new StandInOnionEndpoint(devnet, storage)::handle);
                installed++;
            }
        }
        return installed;
    }

    private HttpReply handle(HttpRequest request) {
        try {
            CombinedPayload outer = CombinedPayload.decode(request.body());
            JsonNode control = SnodeJson.parse(outer.jsonBytes(), "onion control");
            PeeledLayer layer = OnionLayerPeeler.decryptLayer(node.identity().x25519KeyPair(),
                    X25519PublicKey.fromHex(control.path("ephemeral_key").asText()), encType(control), outer.blob());
            SEEN.computeIfAbsent(node.identity().ed25519(), k -> new CopyOnWriteArrayList<>())
                    .add(new String(layer.plaintext(), StandardCharsets.ISO_8859_1));
            CombinedPayload inner = layer.payload();
            JsonNode next = SnodeJson.parse(inner.jsonBytes(), "onion layer control");
            return next.has("headers") ? answer(layer, inner.blob()) : forward(next, inner.blob());
        } catch (MalformedOnionException | MalformedResponseException | DecryptionException
                | IllegalArgumentException e) {
            return HttpReply.text(400, "Invalid ciphertext");
        }
    }

    private static EncryptionType encType(JsonNode control) throws MalformedOnionException {
        return control.has("enc_type") ? EncryptionType.parse(control.get("enc_type").asText())
                : EncryptionType.AES_GCM;
    }

    private HttpReply answer(PeeledLayer layer, byte[] rpcBody) {
        RpcResponse rpc = node.processStorageRpc(rpcBody);
        ObjectNode wrapped = SnodeJson.object();
        wrapped.put("status", rpc.status());
        wrapped.put("body", new String(rpc.body(), StandardCharsets.UTF_8));
        String encrypted = OnionLayerPeeler.encryptResponse(layer.replyKey(), SnodeJson.bytes(wrapped), RANDOM);
        return HttpReply.text(200, encrypted);
    }

    private HttpReply forward(JsonNode control, byte[] blob) {
        String destination = control.path("destination").asText();
        Optional<DevnetNode> next;
        try {
            next = devnet.node(Ed25519PublicKey.fromHex(destination));
        } catch (IllegalArgumentException e) {
            next = Optional.empty();
        }
        if (next.isEmpty()) {
            return HttpReply.text(502, "Next node not found: " + destination);
        }
        ObjectNode nextControl = SnodeJson.object();
        nextControl.put("ephemeral_key", control.path("ephemeral_key").asText());
        if (control.has("enc_type")) {
            nextControl.put("enc_type", control.get("enc_type").asText());
        }
        try {
            var reply = RELAY.post(next.get().url() + "/onion_req/v2",
                    CombinedPayload.encode(blob, SnodeJson.bytes(nextControl)), "application/octet-stream",
                    Deadline.after(HOP_TIMEOUT));
            return new HttpReply(reply.status(), "text/plain; charset=utf-8", reply.body());
        } catch (TransportException e) {
            return switch (e.kind()) {
                case TIMEOUT -> HttpReply.text(504, "Request time out");
                case CONNECT -> HttpReply.text(502, "Next node is currently unreachable: " + destination);
                default -> HttpReply.text(500, "Invalid response from snode");
            };
        }
    }
}
