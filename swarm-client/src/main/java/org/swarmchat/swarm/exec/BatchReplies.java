package org.swarmchat.swarm.exec;

import java.util.List;
import org.swarmchat.swarm.api.BatchRequest;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SubResponse;

/** Reads a {@code batch} reply body (SPEC §3.4.10): {@code {"results":[{"code":…,"body":…},…]}}. */
final class BatchReplies {
    private BatchReplies() {
    }

    static List<SubResponse> parse(byte[] body, String from) throws MalformedResponseException {
        String what = "batch reply from " + from;
        return BatchRequest.parseResults(SnodeJson.parseObject(body, what), what);
    }
}
