package org.swarmchat.swarm.exec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.swarmchat.swarm.api.Snode;

/**
 * The destination node's answer: the status and body it gave (through the onion, the decrypted
 * {@code {"status","body"}}; directly, the HTTP response).
 *
 * @param node who answered
 * @param status its status code
 * @param body its body
 */
public record SnodeReply(Snode node, int status, byte[] body) {
    /** Checks the members. */
    public SnodeReply {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(body, "body");
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
