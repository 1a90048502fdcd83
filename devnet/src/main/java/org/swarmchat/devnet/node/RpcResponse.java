package org.swarmchat.devnet.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The answer to one storage RPC: an HTTP status and either a JSON body or a plain-text one (SPEC §3.2: errors are
 * plain text).
 *
 * @param status the HTTP status code
 * @param json the JSON body, or null for a text body
 * @param text the text body, or null for a JSON body
 */
public record RpcResponse(int status, JsonNode json, String text) {
    /** Checks that exactly one body is given. */
    public RpcResponse {
        if ((json == null) == (text == null)) {
            throw new IllegalArgumentException("exactly one of json and text");
        }
    }

    /** A JSON answer. */
    public static RpcResponse json(int status, JsonNode body) {
        return new RpcResponse(status, Objects.requireNonNull(body), null);
    }

    /** A plain-text answer. */
    public static RpcResponse text(int status, String body) {
        return new RpcResponse(status, null, Objects.requireNonNull(body));
    }

    /** Whether the body is JSON. */
    public boolean isJson() {
        return json != null;
    }

    /** The body's media type. */
    public String contentType() {
        return isJson() ? "application/json" : "text/plain; charset=utf-8";
    }

    /** The body as it goes on the wire: compact JSON or UTF-8 text. */
    public byte[] body() {
        if (!isJson()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Json.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The body as a JSON value: the tree itself, or the text as a JSON string (as batch results carry it). */
    public JsonNode bodyAsJson() {
        return isJson() ? json : Json.NODES.textNode(text);
    }
}
