package org.swarmchat.swarm.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.ServiceNodeList;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpReply;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.TransportException;

/**
 * Fetches the node list from a seed (SPEC §1.2): plain JSON-RPC {@code get_n_service_nodes} to
 * {@code {seed}/json_rpc}, with desktop's fields, at most {@code timeout} per seed (desktop: 5 s).
 *
 * <p>Thread-safe.
 */
public final class SeedClient {
    /** Desktop's per-seed timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final byte[] REQUEST = SnodeJson.bytes(request());

    private final HttpTransport transport;
    private final Duration timeout;

    /** A client that asks seeds through {@code transport}, each for at most {@code timeout}. */
    public SeedClient(HttpTransport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    private static ObjectNode request() {
        ObjectNode json = SnodeJson.object();
        json.put("jsonrpc", "2.0");
        json.put("method", "get_n_service_nodes");
        ObjectNode params = json.putObject("params");
        params.put("active_only", true);
        ObjectNode fields = params.putObject("fields");
        for (String field : List.of("public_ip", "storage_port", "pubkey_x25519", "pubkey_ed25519",
                "requested_unlock_height", "height")) {
            fields.put(field, true);
        }
        return json;
    }

    /** The JSON-RPC body sent to seeds, for tests. */
    static byte[] requestBody() {
        return REQUEST.clone();
    }

    /**
     * The usable nodes the seed lists ({@code 0.0.0.0} entries dropped).
     *
     * @param seed the seed's base URL, e.g. {@code https://seed1.getsession.org:4443/}
     * @throws RequestCancelledException if the thread was interrupted
     * @throws SnodeRequestException if the seed answers an error status
     * @throws MalformedResponseException if the seed answers something that is not a node list
     * @throws SwarmException (this class itself) if the seed cannot be reached in time; the message names it
     */
    public List<Snode> fetch(URI seed, Deadline deadline) throws SwarmException {
        String url = seed.toString().replaceAll("/+$", "") + "/json_rpc";
        HttpReply reply;
        try {
            reply = transport.post(url, REQUEST, "application/json", deadline.atMost(timeout));
        } catch (TransportException e) {
            if (e.kind() == TransportException.Kind.CANCELLED) {
                throw new RequestCancelledException("asking seed " + seed + " for the node list");
            }
            throw new SwarmException("seed " + seed + " did not answer: " + e.getMessage(), e);
        }
        if (reply.status() != 200) {
            throw new SnodeRequestException(reply.status(), reply.text(),
                    "seed " + seed + " answered " + reply.status() + ": " + reply.text().strip());
        }
        JsonNode body = SnodeJson.parseObject(reply.body(), "seed " + seed + " reply");
        JsonNode result = body.get("result");
        if (result == null || !result.isObject()) {
            JsonNode error = body.get("error");
            throw new MalformedResponseException("seed " + seed + " reply has no result"
                    + (error != null ? " (error: " + error + ")" : ""));
        }
        return ServiceNodeList.parse(result);
    }
}
