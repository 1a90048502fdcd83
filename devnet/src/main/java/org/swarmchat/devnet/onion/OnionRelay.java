package org.swarmchat.devnet.onion;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.registry.Snode;

/**
 * Relays onion requests from one devnet node to the next over real HTTPS, for every node of a devnet (one
 * connection pool). The next node's answer, whatever its status, goes back unchanged, as a storage server passes
 * back the status and body its OxenMQ peer replied. When there is no answer, the relay answers as the storage
 * server does: 504 "Request time out" when the next node does not answer in time or closes the connection without
 * answering (a real node would wait for the OxenMQ time-out), and 502 "Next node is currently unreachable: pk" when
 * it refuses the connection. Thread-safe.
 */
public final class OnionRelay implements AutoCloseable {
    /**
     * The header in which a relaying node names itself (Ed25519, hex): the devnet's stand-in for the
     * authenticated OxenMQ connection a real node relays over.
     */
    public static final String RELAY_FROM_HEADER = "X-Devnet-Relay-From";

    private static final Logger LOG = LoggerFactory.getLogger(OnionRelay.class);

    private final HttpClient http;
    private final Duration timeout;

    /**
     * A relay that waits at most {@code timeout} for the next node's answer (the storage server waits 30 s).
     *
     * @param executor runs the HTTP client's own tasks
     */
    public OnionRelay(Duration timeout, Executor executor) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(RelayTls.trustingEveryCertificate())
                .connectTimeout(timeout)
                .executor(executor)
                .build();
    }

    /** POSTs {@code envelope} to {@code next}'s {@code /onion_req/v2} in the name of node {@code from}. */
    HttpReply forward(Snode next, OnionEnvelope envelope, Ed25519PublicKey from) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(next.baseUrl() + "/onion_req/v2"))
                .timeout(timeout)
                .header("Content-Type", "application/octet-stream")
                .header(RELAY_FROM_HEADER, from.hex())
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope.encode()))
                .build();
        try {
            HttpResponse<byte[]> response = sendReconnecting(request, next);
            String type = response.headers().firstValue("Content-Type").orElse("text/plain; charset=utf-8");
            return new HttpReply(response.statusCode(), type, response.body());
        } catch (HttpTimeoutException e) {
            return timedOut(next, e);
        } catch (ConnectException e) {
            LOG.debug("next node {} refused the connection", next.ed25519().hex(), e);
            return HttpReply.text(502, "Next node is currently unreachable: " + next.ed25519().hex());
        } catch (IOException e) {
            return timedOut(next, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return timedOut(next, e);
        }
    }

    /**
     * Sends, and sends once more when a pooled connection turns out to be closed: the HTTP client keeps connections
     * to nodes that have since stopped or dropped them, and a POST on such a connection fails before the node reads
     * it (OxenMQ, which real nodes relay over, reconnects the same way). A store sent twice is stored once: the
     * node keys messages by hash.
     */
    private HttpResponse<byte[]> sendReconnecting(HttpRequest request, Snode next)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException | ConnectException e) {
            throw e;
        } catch (IOException e) {
            LOG.debug("connection to next node {} was closed; sending once more", next.ed25519().hex(), e);
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static HttpReply timedOut(Snode next, Exception e) {
        LOG.debug("no answer from next node {}", next.ed25519().hex(), e);
        return HttpReply.text(504, "Request time out");
    }

    /** Drops every connection at once, without waiting for requests under way. */
    @Override
    public void close() {
        http.shutdownNow();
    }
}
