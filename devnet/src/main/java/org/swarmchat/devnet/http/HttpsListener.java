package org.swarmchat.devnet.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.devnet.fault.FaultAction;
import org.swarmchat.devnet.fault.FaultControl;
import org.swarmchat.devnet.fault.HostilePolicy;

/**
 * One HTTPS listener on 127.0.0.1, dispatching to {@link Routes}, with a {@link FaultControl} consulted before every
 * request. It can be stopped and started again on the same port, which is how a node is stopped and restarted.
 *
 * <p>HTTP/1.1 with keep-alive over a JSSE server socket, one virtual thread per connection on the shared executor.
 * It replaced the JDK's {@code HttpsServer}, which costs each listener a selector thread and a timer thread (4,000
 * platform threads for a 2,000-node devnet) and hands every request between its selector thread and a handler
 * thread and back; on two busy cores those hand-offs, not the work, set a store's latency. See
 * {@code docs/PERFORMANCE.md}.
 *
 * <p>Thread-safe.
 */
public final class HttpsListener {
    /** Bodies beyond this are refused with 413: a full batch of 20 maximal stores is about 2 MiB. */
    public static final int MAX_BODY = 16 * 1024 * 1024;
    /** A kept-alive connection with no request for this long is closed, as the JDK's server does. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(HttpsListener.class);
    private static final int BACKLOG = 128;
    private static final int BUFFER = 16 * 1024;
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(5);
    private static final Duration REBIND_PATIENCE = Duration.ofSeconds(3);
    private static final Duration REBIND_PAUSE = Duration.ofMillis(25);

    private final String name;
    private final SSLContext ssl;
    private final Executor executor;
    private final Routes routes;
    private final FaultControl faults;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private int port;
    private ServerSocket server;
    /** Completes when the running accept loop has returned, and with it the listening socket is really closed. */
    private CompletableFuture<Void> acceptLoopEnded = CompletableFuture.completedFuture(null);

    /**
     * A listener that is not yet listening.
     *
     * @param name for logs
     * @param port the port to listen on; 0 lets the system pick one on the first start, kept for later starts
     * @param ssl the server TLS context
     * @param executor runs the accept loop and each connection (a virtual-thread executor)
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

    /** The lowest port the listener picks for itself: above the devnet's seed port 22023 and the ports near it. */
    private static final int FIRST_CHOSEN_PORT = 23_000;

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
            ServerSocket s = port != 0 ? bindAgain(port) : bindBelowEphemeralPorts();
            port = s.getLocalPort();
            server = s;
            CompletableFuture<Void> ended = new CompletableFuture<>();
            acceptLoopEnded = ended;
            executor.execute(() -> {
                try {
                    acceptLoop(s);
                } finally {
                    ended.complete(null);
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * Binds the port this listener had before. Stopping waits for the old socket to close, but another socket can
     * still hold the port for a moment (a listener of another node that is going down, say), so a refused bind is
     * tried again for a short while before it is reported.
     */
    private ServerSocket bindAgain(int wanted) throws IOException {
        long deadline = System.nanoTime() + REBIND_PATIENCE.toNanos();
        while (true) {
            try {
                return bind(wanted);
            } catch (BindException taken) {
                if (System.nanoTime() > deadline) {
                    throw taken;
                }
                LockSupport.parkNanos(REBIND_PAUSE.toNanos());
            }
        }
    }

    private ServerSocket bind(int wanted) throws IOException {
        ServerSocket s = ssl.getServerSocketFactory().createServerSocket();
        try {
            s.setReuseAddress(true); // a restart binds the same port while old connections linger
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), BACKLOG);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Binds a free port below the kernel's range for outgoing connections' local ports. A port from that range
     * (what port 0 gives) can be taken by some outgoing connection while the node is stopped, and then the node
     * could not come back on its port; below the range only another listener can take it.
     */
    private ServerSocket bindBelowEphemeralPorts() throws IOException {
        int low = EphemeralPorts.lowest();
        int span = low - FIRST_CHOSEN_PORT;
        if (span > 1_000) {
            for (int attempt = 0; attempt < 64; attempt++) {
                int candidate = FIRST_CHOSEN_PORT + java.util.concurrent.ThreadLocalRandom.current().nextInt(span);
                try {
                    return bind(candidate);
                } catch (BindException taken) {
                    // another listener has it: try another
                }
            }
        }
        return bind(0);
    }

    /** Closes the socket and every connection at once; does nothing if not listening. */
    public void stop() {
        lock.lock();
        try {
            if (server != null) {
                closeQuietly(server);
                server = null;
                for (Socket connection : connections) {
                    closeQuietly(connection);
                }
                awaitAcceptLoopEnd();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the accept loop to return. On a virtual thread, closing a server socket only wakes the thread blocked
     * in {@code accept}; the socket itself is closed when that thread runs again, which on busy cores can be later
     * than a restart's bind: "address in use". Returning only once the loop has ended means a stopped listener
     * really refuses connections and frees its port.
     */
    private void awaitAcceptLoopEnd() {
        try {
            acceptLoopEnded.get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("{}: the accept loop did not end within {}", name, STOP_PATIENCE);
        } catch (ExecutionException e) {
            LOG.debug("{}: the accept loop ended with {}", name, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            Socket socket;
            try {
                socket = s.accept();
            } catch (IOException e) {
                if (!s.isClosed()) {
                    LOG.warn("{}: accept failed", name, e);
                }
                return;
            }
            connections.add(socket);
            if (s.isClosed()) { // stop() ran between accept and add: it did not see this connection
                closeQuietly(socket);
                connections.remove(socket);
                return;
            }
            executor.execute(() -> serve(socket));
        }
    }

    /**
     * Serves one connection, request after request, until the client closes it, it stays idle too long, a fault
     * drops it, or the listener stops. Blocking reads on a virtual thread: no selector thread per listener.
     */
    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream(), BUFFER);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
            Http1RequestReader reader = new Http1RequestReader(in, out, MAX_BODY);
            String remote = socket.getInetAddress().getHostAddress();
            while (exchange(reader, out, remote)) {
                // next request on the same connection
            }
        } catch (MalformedRequestException e) {
            LOG.debug("{}: malformed request: {}", name, e.getMessage());
            answerAndClose(socket, HttpReply.text(400, "Bad request: " + e.getMessage()));
        } catch (IOException e) {
            LOG.trace("{}: connection ended: {}", name, e.toString()); // closed, timed out or reset
        } finally {
            connections.remove(socket);
        }
    }

    /** One request and its answer; whether the connection stays open for another. */
    private boolean exchange(Http1RequestReader reader, OutputStream out, String remote) throws IOException {
        Optional<Http1RequestReader.Head> next = reader.readHead();
        if (next.isEmpty()) {
            return false;
        }
        Http1RequestReader.Head head = next.get();
        byte[] body = reader.readBody(head);
        FaultAction action = faults == null ? FaultAction.PASS : faults.next();
        if (!action.delay().isZero()) {
            sleep(action);
        }
        if (action.outcome() == FaultAction.Outcome.DROP) {
            return false; // closing unanswered, as a node that dies mid-request
        }
        if (body == null) {
            Http1ResponseWriter.write(out, HttpReply.text(413, "Request body too large"), true);
            return false; // the unread body makes the rest of the stream meaningless
        }
        HttpReply reply = action.outcome() == FaultAction.Outcome.GARBAGE
                ? new HttpReply(200, "application/json", faults.garbage())
                : answer(head, body, remote);
        HostilePolicy hostile = faults == null ? HostilePolicy.NONE : faults.hostility();
        if (faults != null && faults.hits(hostile.oversizedShare())) {
            Http1ResponseWriter.writeOversized(out, hostile.oversizedBytes());
            return false;
        }
        if (faults != null && faults.hits(hostile.slowLorisShare())) {
            Http1ResponseWriter.writeSlowly(out, reply, hostile.slowLorisBytesPerSecond());
            return false;
        }
        boolean keepAlive = head.keepAlive();
        Http1ResponseWriter.write(out, reply, !keepAlive);
        return keepAlive;
    }

    private HttpReply answer(Http1RequestReader.Head head, byte[] body, String remote) throws IOException {
        var endpoint = routes.find(head.method(), head.path());
        if (endpoint.isEmpty()) {
            return HttpReply.text(404, "Not found");
        }
        HttpRequest request = new HttpRequest(head.method().toUpperCase(Locale.ROOT), head.path(),
                head.headers(), body, remote);
        try {
            return endpoint.get().handle(request);
        } catch (RuntimeException e) {
            LOG.warn("{}: {} {} failed", name, head.method(), head.path(), e);
            return HttpReply.text(500, "request failed");
        }
    }

    private static void answerAndClose(Socket socket, HttpReply reply) {
        try {
            Http1ResponseWriter.write(socket.getOutputStream(), reply, true);
        } catch (IOException e) {
            // the client is gone already
        }
    }

    private static void sleep(FaultAction action) throws IOException {
        try {
            Thread.sleep(action.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delaying a request", e);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    @Override
    public String toString() {
        return "HttpsListener[" + name + ", port " + port + "]";
    }
}
