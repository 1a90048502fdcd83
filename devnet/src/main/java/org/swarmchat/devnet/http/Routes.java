package org.swarmchat.devnet.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A route table of (method, exact path) to endpoint. Anything else is 404, as the storage server answers unknown
 * paths. Routes may be added while the server runs, so an onion endpoint can be plugged in later. Thread-safe.
 */
public final class Routes {
    private final Map<String, HttpEndpoint> routes = new ConcurrentHashMap<>();

    /** Adds or replaces the endpoint for {@code method} (e.g. POST) on {@code path} (e.g. /storage_rpc/v1). */
    public Routes add(String method, String path, HttpEndpoint endpoint) {
        routes.put(key(method, path), endpoint);
        return this;
    }

    /** The endpoint for a request, if any. */
    public Optional<HttpEndpoint> find(String method, String path) {
        return Optional.ofNullable(routes.get(key(method, path)));
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
