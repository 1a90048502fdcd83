package org.swarmchat.swarm.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SubResponse;

/** Reads a {@code batch} reply body (SPEC §3.4.10): {@code {"results":[{"code":…,"body":…},…]}}. */
final class BatchReplies {
    private BatchReplies() {
    }

    static List<SubResponse> parse(byte[] body, String from) throws MalformedResponseException {
        String what = "batch reply from " + from;
        JsonNode json = SnodeJson.parseObject(body, what);
        List<SubResponse> results = new ArrayList<>();
        for (JsonNode entry : SnodeJson.requireArray(json, "results", what)) {
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
}
