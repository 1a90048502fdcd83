package org.swarmchat.devnet.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Direct (non-onion) storage RPC calls, {@code POST /storage_rpc/v1}, to devnet nodes over loopback HTTPS. Every
 * call has a deadline. Thread-safe.
 */
final class SnodeRpc implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration deadline;

    /** A status and a body; the body is JSON on success and plain text on most errors (SPEC §3.2). */
    record Reply(int status, String body) {
        /**
         * The body as JSON.
         *
         * @throws IOException if it is not JSON
         */
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    SnodeRpc(Duration deadline) {
        this.http = LoopbackHttps.newClient(deadline);
        this.deadline = deadline;
    }

    /**
     * Calls {@code method} with {@code params} on {@code node}.
     *
     * @throws IOException if the node cannot be reached or does not answer within the deadline
     * @throws InterruptedException if interrupted while waiting
     */
    Reply call(NodeAddress node, String method, ObjectNode params) throws IOException, InterruptedException {
        if (!LoopbackHttps.isLoopback(node.ip())) {
            throw new IOException("not a loopback node: " + node.ip());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("method", method);
        body.set("params", params);
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.storageRpcUrl()))
                .timeout(deadline)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
