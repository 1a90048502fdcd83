package org.swarmchat.devnet.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One HTTP answer of a devnet endpoint.
 *
 * @param status the status code
 * @param contentType the media type of the body
 * @param body the body
 */
public record HttpReply(int status, String contentType, byte[] body) {
    /** Checks the members. */
    public HttpReply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** A plain-text answer. */
    public static HttpReply text(int status, String text) {
        return new HttpReply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer from already serialized bytes. */
    public static HttpReply json(int status, byte[] json) {
        return new HttpReply(status, "application/json", json);
    }
}
