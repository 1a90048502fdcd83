package org.swarmchat.swarm.netinfo;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpReply;
import org.swarmchat.swarm.transport.TransportException;

/**
 * {@link NetworkInfoClient} that GETs {@code {source}/info} straight from the source over HTTPS and parses it with
 * {@link NetworkInfoParser}. Thread-safe.
 */
final class DirectNetworkInfoClient implements NetworkInfoClient {
    /** Desktop's limit for a network API request ({@code NetworkApi.getRequestParams}, 10 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One blocking GET; the OkHttp transport's {@code get} in production. */
    @FunctionalInterface
    interface Getter {
        HttpReply get(String url, Deadline deadline) throws TransportException;
    }

    private final String url;
    private final Getter http;
    private final Duration timeout;
    private final Executor executor;

    /**
     * A client for {@code source}.
     *
     * @param executor runs each fetch; it may block there
     */
    DirectNetworkInfoClient(URI source, Getter http, Duration timeout, Executor executor) {
        this.url = source.toString().replaceAll("/+$", "") + "/info";
        this.http = http;
        this.timeout = timeout;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<NetworkInfo> fetch() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fetchNow();
            } catch (SwarmException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** Fetches on the calling thread. */
    NetworkInfo fetchNow() throws SwarmException {
        HttpReply reply;
        try {
            reply = http.get(url, Deadline.after(timeout));
        } catch (TransportException e) {
            throw new SwarmException("the network info source " + url + " did not answer: " + e.getMessage(), e);
        }
        if (reply.status() != 200) {
            throw new SwarmException("the network info source " + url + " answered " + reply.status()
                    + (reply.body().length == 0 ? "" : ": " + SnodeJson.preview(reply.body())));
        }
        return NetworkInfoParser.parse(reply.body(), "the network info from " + url);
    }
}
