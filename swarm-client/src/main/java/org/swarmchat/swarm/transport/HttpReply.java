package org.swarmchat.swarm.transport;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP response as the client uses it: status and body bytes. Snodes answer JSON on success and plain text
 * on errors (SPEC §3.2); which one is the caller's business.
 *
 * @param status the HTTP status code
 * @param body the whole body, never null
 */
public record HttpReply(int status, byte[] body) {
    /** Copies nothing: the body array is owned by the reply once made. */
    public HttpReply {
        body = body == null ? new byte[0] : body;
    }

    /** The body decoded as UTF-8 (malformed bytes become U+FFFD). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "HttpReply[" + status + ", " + body.length + " bytes]";
    }
}
