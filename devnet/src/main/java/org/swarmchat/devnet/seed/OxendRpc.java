package org.swarmchat.devnet.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.http.HttpRequest;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * The oxend JSON-RPC the devnet offers: {@code get_n_service_nodes} and {@code get_service_nodes} (SPEC §1.2,
 * §1.3), answered from the registry's current view. Each state object holds only the fields asked for; no
 * {@code fields} means all of them. Served on {@code POST /json_rpc} by the seed and by every node, and behind the
 * storage RPC's {@code oxend_request}. Thread-safe.
 */
public final class OxendRpc {
    /** The hard fork the devnet claims to be on, as {@code [major, minor]}. */
    public static final int[] HARDFORK = {19, 3};

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Supplier<NetworkView> view;
    private final RandomGenerator random;
    private final ReentrantLock randomLock = new ReentrantLock();

    /**
     * An oxend stand-in over the registry's views.
     *
     * @param view the current network view
     * @param random draws the sample when a {@code limit} is given
     */
    public OxendRpc(Supplier<NetworkView> view, RandomGenerator random) {
        this.view = view;
        this.random = random;
    }

    /**
     * The {@code result} of {@code get_service_nodes} for {@code params} (may be null): {@code service_node_states}
     * honouring {@code fields}, {@code active_only}, {@code limit} and {@code service_node_pubkeys}, plus
     * {@code height}, {@code hardfork} and {@code status}.
     */
    public ObjectNode serviceNodes(JsonNode params) {
        JsonNode p = params == null || !params.isObject() ? NODES.objectNode() : params;
        NetworkView v = view.get();
        Set<String> fields = fields(p.get("fields"));
        boolean activeOnly = p.path("active_only").asBoolean(false);
        Set<String> wanted = new HashSet<>();
        p.path("service_node_pubkeys").forEach(k -> wanted.add(k.asText()));
        List<Snode> nodes = new ArrayList<>();
        for (Snode node : v.nodes()) {
            boolean active = v.swarmIdOf(node.ed25519()) != SwarmSpace.INVALID_SWARM_ID;
            if ((activeOnly && !active) || (!wanted.isEmpty() && !wanted.contains(node.ed25519().hex()))) {
                continue;
            }
            nodes.add(node);
        }
        int limit = p.path("limit").asInt(0);
        if (limit > 0 && limit < nodes.size()) {
            nodes = sample(nodes, limit);
        }
        ObjectNode result = NODES.objectNode();
        ArrayNode states = result.putArray("service_node_states");
        for (Snode node : nodes) {
            states.add(state(node, v, fields));
        }
        result.put("height", v.height());
        result.put("target_height", v.height());
        result.put("hardfork", HARDFORK[0]);
        result.put("status", "OK");
        return result;
    }

    /** Answers a JSON-RPC 2.0 request on {@code POST /json_rpc}. Errors are JSON-RPC errors with status 200. */
    public HttpReply handle(HttpRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            body = null;
        }
        ObjectNode reply = NODES.objectNode();
        reply.put("jsonrpc", "2.0");
        if (body == null || !body.isObject()) {
            reply.putNull("id");
            return send(error(reply, -32700, "Parse error"));
        }
        reply.set("id", body.has("id") ? body.get("id") : NODES.nullNode());
        String method = body.path("method").asText("");
        return switch (method) {
            case "get_n_service_nodes", "get_service_nodes" -> {
                reply.set("result", serviceNodes(body.get("params")));
                yield send(reply);
            }
            default -> send(error(reply, -32601, "Method not found"));
        };
    }

    private static ObjectNode state(Snode node, NetworkView v, Set<String> fields) {
        long swarm = v.swarmIdOf(node.ed25519());
        ObjectNode s = NODES.objectNode();
        put(s, fields, "service_node_pubkey", node.ed25519().hex());
        put(s, fields, "pubkey_ed25519", node.ed25519().hex());
        put(s, fields, "pubkey_x25519", node.x25519().hex());
        put(s, fields, "public_ip", node.ip());
        if (want(fields, "storage_port")) {
            s.put("storage_port", node.port());
        }
        if (want(fields, "storage_lmq_port")) {
            s.put("storage_lmq_port", node.port()); // no OxenMQ listener: repeats the HTTPS port
        }
        if (want(fields, "swarm_id")) {
            s.put("swarm_id", new BigInteger(Long.toUnsignedString(swarm)));
        }
        put(s, fields, "swarm", SwarmSpace.hex(swarm));
        if (want(fields, "requested_unlock_height")) {
            s.put("requested_unlock_height", 0);
        }
        if (want(fields, "active")) {
            s.put("active", swarm != SwarmSpace.INVALID_SWARM_ID);
        }
        if (want(fields, "funded")) {
            s.put("funded", true);
        }
        return s;
    }

    private static void put(ObjectNode s, Set<String> fields, String name, String value) {
        if (want(fields, name)) {
            s.put(name, value);
        }
    }

    private static boolean want(Set<String> fields, String name) {
        return fields.isEmpty() || fields.contains(name);
    }

    /** The requested fields: a {@code {"name": true}} object or a list of names; empty means all. */
    private static Set<String> fields(JsonNode fields) {
        Set<String> out = new HashSet<>();
        if (fields == null) {
            return out;
        }
        if (fields.isObject()) {
            fields.properties().forEach(e -> {
                if (e.getValue().asBoolean(false)) {
                    out.add(e.getKey());
                }
            });
        } else if (fields.isArray()) {
            fields.forEach(f -> out.add(f.asText()));
        }
        return out;
    }

    private List<Snode> sample(List<Snode> nodes, int count) {
        List<Snode> copy = new ArrayList<>(nodes);
        randomLock.lock();
        try {
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(copy.size() - i);
                Snode t = copy.get(i);
                copy.set(i, copy.get(j));
                copy.set(j, t);
            }
        } finally {
            randomLock.unlock();
        }
        return copy.subList(0, count);
    }

    private static ObjectNode error(ObjectNode reply, int code, String message) {
        ObjectNode error = reply.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return reply;
    }

    private static HttpReply send(ObjectNode reply) {
        try {
            return HttpReply.json(200, JSON.writeValueAsBytes(reply));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
