package org.swarmchat.devnet.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads HTTP/1.1 requests off one connection (RFC 9112): request line, headers, and a body framed by
 * {@code Content-Length} or chunked transfer coding; answers {@code Expect: 100-continue}. Bodies beyond the
 * limit are refused without being read. Not thread-safe: one per connection.
 */
final class Http1RequestReader {
    /** The request line and headers together may not exceed this; no devnet client comes near it. */
    static final int MAX_HEAD = 64 * 1024;

    private final InputStream in;
    private final OutputStream out;
    private final int maxBody;

    /**
     * A reader.
     *
     * @param in the connection's (buffered) input
     * @param out the connection's output, for {@code 100 Continue}
     * @param maxBody the largest body accepted
     */
    Http1RequestReader(InputStream in, OutputStream out, int maxBody) {
        this.in = in;
        this.out = out;
        this.maxBody = maxBody;
    }

    /** A request's head: method, target, version and headers by lower-case name. */
    record Head(String method, String path, boolean http10, Map<String, List<String>> headers) {
        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }

        /** Whether the client wants the connection kept after this exchange. */
        boolean keepAlive() {
            String connection = header("connection").orElse("").toLowerCase(Locale.ROOT);
            return http10 ? connection.contains("keep-alive") : !connection.contains("close");
        }
    }

    /**
     * The next request's head, or empty if the client closed the connection between requests.
     *
     * @throws MalformedRequestException if the head is not HTTP/1.x or too long
     * @throws IOException on a read failure or a timeout
     */
    Optional<Head> readHead() throws IOException {
        int[] budget = {MAX_HEAD};
        String requestLine = readLine(budget, true);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(budget, true); // RFC 9112 §2.2: ignore empty lines before a request
        }
        if (requestLine == null) {
            return Optional.empty();
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequestException("bad request line");
        }
        Map<String, List<String>> headers = new HashMap<>();
        String line;
        while (!(line = readLine(budget, false)).isEmpty()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedRequestException("bad header line");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        String target = parts[1];
        int query = target.indexOf('?');
        String path = query >= 0 ? target.substring(0, query) : target;
        return Optional.of(new Head(parts[0], path, parts[2].equals("HTTP/1.0"), headers));
    }

    /**
     * The body of the request whose head was just read; null if it is longer than the limit (then left unread).
     *
     * @throws MalformedRequestException on a bad length or chunk header
     * @throws IOException on a read failure, a timeout or a body cut short
     */
    byte[] readBody(Head head) throws IOException {
        Optional<String> transfer = head.header("transfer-encoding");
        boolean chunked = transfer.isPresent() && transfer.get().toLowerCase(Locale.ROOT).endsWith("chunked");
        long length = 0;
        if (!chunked) {
            Optional<String> contentLength = head.header("content-length");
            if (contentLength.isPresent()) {
                try {
                    length = Long.parseLong(contentLength.get());
                } catch (NumberFormatException e) {
                    throw new MalformedRequestException("bad Content-Length");
                }
                if (length < 0) {
                    throw new MalformedRequestException("bad Content-Length");
                }
            }
            if (length > maxBody) {
                return null;
            }
        }
        if (head.header("expect").map(e -> e.equalsIgnoreCase("100-continue")).orElse(false)) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        return chunked ? readChunked() : readFully((int) length);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] budget = {MAX_HEAD};
        while (true) {
            String sizeLine = readLine(budget, false);
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("bad chunk size");
            }
            // Compared as a difference: a sum with a size near Long.MAX_VALUE would overflow and pass.
            if (size < 0 || size > maxBody - body.size()) {
                return null;
            }
            if (size == 0) {
                while (!readLine(budget, false).isEmpty()) {
                    // trailer fields: not used by any devnet endpoint
                }
                return body.toByteArray();
            }
            body.write(readFully((int) size));
            if (!readLine(budget, false).isEmpty()) {
                throw new MalformedRequestException("chunk not followed by CRLF");
            }
        }
    }

    private byte[] readFully(int length) throws IOException {
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("body cut short: " + body.length + " of " + length + " bytes");
        }
        return body;
    }

    /** A line without its CRLF (or LF); null at a clean end of stream if {@code eofOk}. */
    private String readLine(int[] budget, boolean eofOk) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofOk && line.isEmpty()) {
                    return null;
                }
                throw new EOFException("connection closed inside a request");
            }
            if (--budget[0] < 0) {
                throw new MalformedRequestException("request head too long");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }
}
