package org.swarmchat.devnet.onion;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.swarmchat.devnet.http.HttpReply;

/**
 * The exit of an onion request to an HTTP(S) server rather than a node (SPEC §4.6, storage server
 * {@code process_onion_req(RelayToServerInfo)}): POSTs the whole decrypted layer to the server and passes its
 * answer back as it is. Only targets under {@code /loki/} or {@code /oxen/} ending in {@code /lsrpc} are allowed.
 * A server that cannot be reached gives 502, one that does not answer within 25 s 504, each with the error text.
 * Server certificates are verified as usual. Thread-safe.
 */
public final class ServerProxy implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(25);

    private final HttpClient http;

    /** A proxy whose HTTP client runs its own tasks on {@code executor}. */
    public ServerProxy(Executor executor) {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).executor(executor).build();
    }

    /** Whether the storage server would proxy to {@code target} ({@code is_onion_url_target_allowed}). */
    static boolean allowed(LayerInstruction.ForServer server) {
        String target = server.target();
        return (server.protocol().equals("http") || server.protocol().equals("https"))
                && (target.startsWith("/loki/") || target.startsWith("/oxen/")) && target.endsWith("/lsrpc")
                && target.indexOf('?') < 0;
    }

    /** POSTs the layer to the server; the caller has checked {@link #allowed}. */
    HttpReply forward(LayerInstruction.ForServer server) {
        URI uri;
        try {
            uri = new URI(server.protocol(), null, server.host(), server.port(), server.target(), null, null);
        } catch (URISyntaxException e) {
            return HttpReply.text(502, "invalid server address: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(server.layer())).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("text/plain; charset=utf-8");
            return new HttpReply(response.statusCode(), type, response.body());
        } catch (HttpTimeoutException e) {
            return HttpReply.text(504, "Timeout was reached: " + e.getMessage());
        } catch (IOException e) {
            return HttpReply.text(502, "Couldn't connect to server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpReply.text(504, "Timeout was reached: interrupted");
        }
    }

    /** Drops every connection at once. */
    @Override
    public void close() {
        http.shutdownNow();
    }
}
