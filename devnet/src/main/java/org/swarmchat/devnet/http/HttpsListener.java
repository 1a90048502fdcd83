package org.swarmchat.devnet.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.devnet.fault.FaultAction;
import org.swarmchat.devnet.fault.FaultControl;

/**
 * One HTTPS listener on 127.0.0.1 (the JDK's {@link HttpsServer}), dispatching to {@link Routes} on a shared
 * executor of virtual threads, with a {@link FaultControl} consulted before every request. It can be stopped and
 * started again on the same port, which is how a node is stopped and restarted.
 *
 * <p>Thread-safe.
 */
public final class HttpsListener {
    /** Bodies beyond this are refused with 413: a full batch of 20 maximal stores is about 2 MiB. */
    public static final int MAX_BODY = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpsListener.class);

    private final String name;
    private final SSLContext ssl;
    private final Executor executor;
    private final Routes routes;
    private final FaultControl faults;
    private final ReentrantLock lock = new ReentrantLock();
    private int port;
    private HttpsServer server;

    /**
     * A listener that is not yet listening.
     *
     * @param name for logs
     * @param port the port to listen on; 0 lets the system pick one on the first start, kept for later starts
     * @param ssl the server TLS context
     * @param executor runs the handlers (a virtual-thread executor)
     * @param routes what to serve
     * @param faults consulted before each request, or null for none
     */
    public HttpsListener(String name, int port, SSLContext ssl, Executor executor, Routes routes,
            FaultControl faults) {
        this.name = name;
        this.port = port;
        this.ssl = ssl;
        this.executor = executor;
        this.routes = routes;
        this.faults = faults;
    }

    /**
     * Starts listening; does nothing if already listening.
     *
     * @throws IOException if the port cannot be bound
     */
    public void start() throws IOException {
        lock.lock();
        try {
            if (server != null) {
                return;
            }
            HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
            s.setHttpsConfigurator(new HttpsConfigurator(ssl));
            s.setExecutor(executor);
            s.createContext("/", this::handle);
            s.start();
            port = s.getAddress().getPort();
            server = s;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the socket and every connection at once; does nothing if not listening. */
    public void stop() {
        lock.lock();
        try {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether it listens now. */
    public boolean isRunning() {
        lock.lock();
        try {
            return server != null;
        } finally {
            lock.unlock();
        }
    }

    /** The port (the picked one once started). */
    public int port() {
        lock.lock();
        try {
            return port;
        } finally {
            lock.unlock();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            FaultAction action = faults == null ? FaultAction.PASS : faults.next();
            if (!action.delay().isZero()) {
                sleep(action);
            }
            if (action.outcome() == FaultAction.Outcome.DROP) {
                return; // closing the exchange unanswered closes the connection
            }
            if (action.outcome() == FaultAction.Outcome.GARBAGE) {
                send(exchange, new HttpReply(200, "application/json", faults.garbage()));
                return;
            }
            send(exchange, answer(exchange));
        }
    }

    private HttpReply answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        var endpoint = routes.find(method, path);
        if (endpoint.isEmpty()) {
            return HttpReply.text(404, "Not found");
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            return HttpReply.text(413, "Request body too large");
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        HttpRequest request = new HttpRequest(method.toUpperCase(Locale.ROOT), path, headers, body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        try {
            return endpoint.get().handle(request);
        } catch (RuntimeException e) {
            LOG.warn("{}: {} {} failed", name, method, path, e);
            return HttpReply.text(500, "request failed");
        }
    }

    private static void send(HttpExchange exchange, HttpReply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void sleep(FaultAction action) throws IOException {
        try {
            Thread.sleep(action.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delaying a request", e);
        }
    }

    @Override
    public String toString() {
        return "HttpsListener[" + name + ", port " + port + "]";
    }
}
