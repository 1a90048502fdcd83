package org.swarmchat.devnet.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as a devnet endpoint sees it.
 *
 * @param method the HTTP method, upper case
 * @param path the request path without the query
 * @param headers the request headers by lower-case name
 * @param body the request body
 * @param remoteAddress the client's IP address
 */
public record HttpRequest(String method, String path, Map<String, List<String>> headers, byte[] body,
        String remoteAddress) {
    /** Copies the headers. */
    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (name in any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
