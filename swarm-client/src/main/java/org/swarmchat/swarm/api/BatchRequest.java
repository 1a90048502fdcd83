package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code batch} (SPEC §3.4.10): up to {@value #MAX_REQUESTS} requests in one, executed by the node in parallel;
 * params {@code {"requests":[{"method":…,"params":…},…]}}, each sub-request signed at the same network time. The
 * reply is {@code {"results":[{"code":…,"body":…},…]}} in request order. Desktop sends nearly everything this way.
 *
 * @param requests 1 to {@value #MAX_REQUESTS} requests, none of them a batch
 */
public record BatchRequest(List<SnodeRequest<?>> requests) implements SnodeRequest<List<SubResponse>> {
    /** The storage server's sub-request limit. */
    public static final int MAX_REQUESTS = 20;

    /**
     * Checks the members.
     *
     * @throws IllegalArgumentException if there are no requests, more than {@value #MAX_REQUESTS}, or a nested
     *     batch (a node answers 400 to both)
     */
    public BatchRequest {
        requests = List.copyOf(requests);
        if (requests.isEmpty() || requests.size() > MAX_REQUESTS) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_REQUESTS + " requests, not "
                    + requests.size());
        }
        if (requests.stream().anyMatch(r -> r instanceof BatchRequest)) {
            throw new IllegalArgumentException("batches do not nest");
        }
    }

    @Override
    public String method() {
        return "batch";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        ObjectNode params = SnodeJson.object();
        ArrayNode array = params.putArray("requests");
        for (SnodeRequest<?> request : requests) {
            array.add(request.toJson(networkNowMillis));
        }
        return params;
    }

    /**
     * The sub-results, in request order; their number is checked by the caller, who knows what it sent.
     *
     * @throws MalformedResponseException if {@code results} is missing or an entry lacks a plausible code
     */
    @Override
    public List<SubResponse> parse(JsonNode body) throws MalformedResponseException {
        return parseResults(body, "batch reply");
    }

    /**
     * Reads {@code {"results":[{"code":…,"body":…},…]}}; a missing body is an empty string.
     *
     * @throws MalformedResponseException if {@code results} is missing or an entry lacks a plausible code
     */
    public static List<SubResponse> parseResults(JsonNode body, String what) throws MalformedResponseException {
        SnodeJson.requireObject(body, what);
        List<SubResponse> results = new ArrayList<>();
        for (JsonNode entry : SnodeJson.requireArray(body, "results", what)) {
            SnodeJson.requireObject(entry, what + " entry");
            long code = SnodeJson.requireLong(entry, "code", what + " entry");
            if (code < 100 || code > 599) {
                throw new MalformedResponseException(what + " has the impossible status " + code);
            }
            JsonNode sub = entry.get("body");
            results.add(new SubResponse((int) code, sub == null ? TextNode.valueOf("") : sub));
        }
        return results;
    }

    /** The swarm of the first request that names one: a batch goes to one swarm. */
    @Override
    public Optional<String> swarmPubkey() {
        return requests.stream().map(SnodeRequest::swarmPubkey).flatMap(Optional::stream).findFirst();
    }
}
