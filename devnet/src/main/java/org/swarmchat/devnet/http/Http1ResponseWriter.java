package org.swarmchat.devnet.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Writes HTTP/1.1 responses: status line, {@code Content-Type}, {@code Content-Length} and the body, in one write,
 * so that head and body leave in one TLS record and no segment waits for a delayed acknowledgement.
 */
final class Http1ResponseWriter {
    private static final int PADDING_CHUNK = 64 * 1024;

    private Http1ResponseWriter() {
    }

    /** Writes {@code reply}; with {@code close}, announces that the connection closes after it. */
    static void write(OutputStream out, HttpReply reply, boolean close) throws IOException {
        byte[] body = reply.body();
        byte[] headBytes = head(reply.status(), reply.contentType(), body.length, close);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        out.write(all);
        out.flush();
    }

    /**
     * A hostile answer: 200 with a JSON object of exactly {@code size} bytes (at least 32), a retrieve reply padded
     * with one huge string, streamed in chunks so that the node does not hold it in memory. Announces the close.
     */
    static void writeOversized(OutputStream out, int size) throws IOException {
        byte[] open = "{\"messages\":[],\"more\":false,\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] close = "\"}".getBytes(StandardCharsets.US_ASCII);
        int total = Math.max(size, open.length + close.length);
        out.write(head(200, "application/json", total, true));
        out.write(open);
        byte[] chunk = new byte[PADDING_CHUNK];
        Arrays.fill(chunk, (byte) 'a');
        long left = (long) total - open.length - close.length;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
        out.write(close);
        out.flush();
    }

    /**
     * A hostile answer: the head of {@code reply} at once, then its body one byte at a time at
     * {@code bytesPerSecond}, for as long as the client keeps the connection. Announces the close.
     */
    static void writeSlowly(OutputStream out, HttpReply reply, int bytesPerSecond) throws IOException {
        byte[] body = reply.body();
        out.write(head(reply.status(), reply.contentType(), body.length, true));
        out.flush();
        long pauseNanos = 1_000_000_000L / bytesPerSecond;
        for (byte b : body) {
            try {
                Thread.sleep(Duration.ofNanos(pauseNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while trickling a reply", e);
            }
            out.write(b);
            out.flush();
        }
    }

    private static byte[] head(int status, String contentType, long length, boolean close) {
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n"
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 406 -> "Not Acceptable";
            case 410 -> "Gone";
            case 413 -> "Content Too Large";
            case 421 -> "Misdirected Request";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }
}
