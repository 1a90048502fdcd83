package org.swarmchat.bench.devnet;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The lightest load generator: HTTP/1.1 keep-alive written straight onto TLS sockets, each connection taken from
 * and given back to a lock-free stack per node. The benchmark measures the devnet, and its load generator shares
 * the two cores with it; OkHttp's per-call machinery (interceptor chain, call timeouts under one process-wide lock,
 * a cleanup task woken at every release) cost about a sixth of the CPU of each store, which the nodes then did not
 * get. This client only understands what the devnet answers: a status line, headers with {@code Content-Length},
 * and the body. Thread-safe.
 */
final class SocketStorePoster implements StorePoster {
    private static final int MAX_HEAD_LINE = 8 * 1024;

    private final SSLSocketFactory sockets = TrustAllHttp.context().getSocketFactory();
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    /** Where a URL points, and the idle connections to it. */
    private record Endpoint(String host, int port, byte[] requestHead, ConcurrentLinkedDeque<Connection> idle) {
        static Endpoint of(String url) {
            URI uri = URI.create(url);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: ";
            return new Endpoint(uri.getHost(), uri.getPort(), head.getBytes(StandardCharsets.US_ASCII),
                    new ConcurrentLinkedDeque<>());
        }
    }

    /** One kept-alive TLS connection. */
    private record Connection(SSLSocket socket, InputStream in, OutputStream out) {
    }

    @Override
    public Reply post(String url, byte[] json) throws IOException {
        Endpoint endpoint = endpoints.computeIfAbsent(url, Endpoint::of);
        Connection pooled = endpoint.idle().pollFirst();
        if (pooled != null) {
            try {
                return exchange(endpoint, pooled, json);
            } catch (IOException e) {
                // the node may have closed the idle connection; a fresh one gets one more try
                closeQuietly(pooled);
            }
        }
        return exchange(endpoint, open(endpoint), json);
    }

    @Override
    public void close() {
        for (Endpoint endpoint : endpoints.values()) {
            for (Connection c; (c = endpoint.idle().pollFirst()) != null;) {
                closeQuietly(c);
            }
        }
    }

    private Connection open(Endpoint endpoint) throws IOException {
        SSLSocket socket = (SSLSocket) sockets.createSocket(endpoint.host(), endpoint.port());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) StoreWorker.REQUEST_TIMEOUT.toMillis());
        socket.startHandshake();
        return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 16 * 1024),
                socket.getOutputStream());
    }

    private static Reply exchange(Endpoint endpoint, Connection c, byte[] json) throws IOException {
        byte[] head = endpoint.requestHead();
        byte[] length = (json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + length.length + json.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(length, 0, request, head.length, length.length);
        System.arraycopy(json, 0, request, head.length + length.length, json.length);
        try {
            c.out().write(request); // one write: one TLS record
            c.out().flush();
            Answer answer = readAnswer(c);
            if (answer.closing()) {
                closeQuietly(c);
            } else {
                endpoint.idle().offerFirst(c);
            }
            return answer.reply();
        } catch (IOException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A reply, and whether the node announced that it closes the connection after it. */
    private record Answer(Reply reply, boolean closing) {
    }

    private static Answer readAnswer(Connection c) throws IOException {
        String status = readLine(c.in());
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = parseInt(status.substring(9, 12), status);
        int length = -1;
        boolean close = false;
        for (String line = readLine(c.in()); !line.isEmpty(); line = readLine(c.in())) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException("not a header: " + line);
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = parseInt(value, line);
            } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        if (length < 0) {
            throw new IOException("the reply has no Content-Length");
        }
        byte[] body = c.in().readNBytes(length);
        if (body.length < length) {
            throw new EOFException("the reply ended after " + body.length + " of " + length + " bytes");
        }
        return new Answer(new Reply(code, body), close);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed inside a reply head");
            }
            if (b != '\r') {
                line.append((char) b);
            }
            if (line.length() > MAX_HEAD_LINE) {
                throw new IOException("a reply head line longer than " + MAX_HEAD_LINE + " bytes");
            }
        }
        return line.toString();
    }

    private static int parseInt(String text, String line) throws IOException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IOException("not a number in: " + line, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.socket().close();
        } catch (IOException e) {
            // closing a connection we are done with; nothing to tell
        }
    }
}
