package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One entry of a {@code batch} reply (SPEC §3.4.10): the status the sub-request would have had alone, and its
 * body, a JSON object on success or usually a string (the node's error text) otherwise.
 *
 * @param code the sub-request's HTTP-like status
 * @param body the sub-request's reply body
 */
public record SubResponse(int code, JsonNode body) {
    /** Checks the body is present. */
    public SubResponse {
        Objects.requireNonNull(body, "body");
    }

    /** Whether the code is 2xx. */
    public boolean isSuccess() {
        return code >= 200 && code < 300;
    }

    /** The body as text: a string body's content, otherwise its JSON. */
    public String bodyText() {
        return body.isTextual() ? body.asText() : body.toString();
    }

    /**
     * Parses a successful entry with the request it answers.
     *
     * @throws SnodeRequestException if the code is not 2xx, with the node's text
     * @throws MalformedResponseException if a 2xx body does not parse
     */
    public <R> R resultOf(SnodeRequest<R> request) throws SnodeRequestException, MalformedResponseException {
        if (!isSuccess()) {
            throw new SnodeRequestException(code, bodyText(),
                    request.method() + " refused with " + code + ": " + abbreviate(bodyText()));
        }
        return request.parse(body);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
