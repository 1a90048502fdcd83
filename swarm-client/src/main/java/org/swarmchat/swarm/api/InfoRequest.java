package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code info} (SPEC §3.4.9): the node's version and time. Used to test guards and to learn network time.
 * Params {@code {}}.
 */
public record InfoRequest() implements SnodeRequest<NodeInfo> {
    @Override
    public String method() {
        return "info";
    }

    @Override
    public ObjectNode params(long networkNowMillis) {
        return SnodeJson.object();
    }

    @Override
    public NodeInfo parse(JsonNode body) throws MalformedResponseException {
        SnodeJson.requireObject(body, "info reply");
        List<Integer> version = new ArrayList<>();
        JsonNode v = body.get("version");
        if (v != null && v.isArray()) {
            v.forEach(part -> version.add(part.asInt()));
        }
        long time = body.has("timestamp") ? SnodeJson.requireLong(body, "timestamp", "info reply")
                : SnodeJson.requireLong(body, "t", "info reply");
        return new NodeInfo(version, time);
    }

    @Override
    public Optional<String> swarmPubkey() {
        return Optional.empty();
    }
}
