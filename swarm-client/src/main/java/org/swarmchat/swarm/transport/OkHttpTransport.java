package org.swarmchat.swarm.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@link HttpTransport} on OkHttp's blocking calls, for snodes and seeds: any certificate and host name is
 * accepted (see {@link SnodeTrust} for why), HTTP/1.1 only (storage servers speak nothing else), no automatic
 * retries (the request pipeline decides what to retry), and the per-call deadline as OkHttp's call timeout, which
 * spans connecting, writing, waiting and reading the whole body: a node that trickles its reply out a byte at a time
 * cannot stretch a call past its deadline. Bodies are capped at {@value #MAX_BODY_BYTES} bytes.
 * Sends the cosmetic headers desktop sends ({@code User-Agent: WhatsApp}, {@code Accept-Language: en-us}) so
 * that our requests do not stand out.
 *
 * <p>Thread-safe; meant to be called from virtual threads (JDK 24+ does not pin them on OkHttp's monitors).
 */
public final class OkHttpTransport implements HttpTransport {
    /**
     * The largest body read, 16 MiB: the largest honest reply is a retrieve page (at most 7.8 MB of JSON, SPEC
     * §3.4.2), which through an onion path is encrypted and base64'd again (about 10.4 MB). A hostile node's huge
     * body fails the call once this much has been read (or at once, if it announces a larger length), so neither
     * memory nor the JSON parser ever sees more.
     */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /**
     * Idle connections kept: the guards of the paths, the swarm members polled and those stored to directly. With
     * OkHttp's default of 5 (or 16), connections to the nodes of a larger swarm set were evicted and every new
     * request paid a TLS handshake.
     */
    static final int MAX_IDLE_CONNECTIONS = 64;

    private final OkHttpClient client;

    private OkHttpTransport(OkHttpClient client) {
        this.client = client;
    }

    /**
     * A transport for snodes and seeds.
     *
     * @param random seeds TLS
     * @param connectTimeout the longest a TCP/TLS connect may take (calls are bounded by their deadline anyway)
     */
    public static OkHttpTransport forSnodes(SecureRandom random, Duration connectTimeout) {
        X509TrustManager trust = SnodeTrust.acceptAnyCertificate();
        OkHttpClient client = new OkHttpClient.Builder()
                .sslSocketFactory(SnodeTrust.socketFactory(trust, random), trust)
                .hostnameVerifier(SnodeTrust.acceptAnyHost())
                .protocols(List.of(Protocol.HTTP_1_1))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(connectTimeout)
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .build();
        return new OkHttpTransport(client);
    }

    @Override
    public HttpReply post(String url, byte[] body, String contentType, Deadline deadline) throws TransportException {
        return execute("POST", url, RequestBody.create(body, MediaType.get(contentType)), deadline);
    }

    /**
     * GETs {@code url} and waits for the whole response, at most until {@code deadline}: for the few plain-HTTPS
     * reads that are not storage RPCs, such as a devnet seed's network info. Same trust, caps and failures as
     * {@link #post}.
     *
     * @return the response, whatever its status
     * @throws TransportException if no response arrived, as for {@link #post}
     */
    public HttpReply get(String url, Deadline deadline) throws TransportException {
        return execute("GET", url, null, deadline);
    }

    private HttpReply execute(String method, String url, RequestBody body, Deadline deadline)
            throws TransportException {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new TransportException(TransportException.Kind.TIMEOUT, url, "deadline passed before " + method + " "
                    + url, null);
        }
        Request request = new Request.Builder()
                .method(method, body)
                .url(url)
                .header("User-Agent", "WhatsApp")
                .header("Accept-Language", "en-us")
                .build();
        Call call = client.newCall(request);
        call.timeout().timeout(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            return new HttpReply(response.code(), readCapped(response.body(), url));
        } catch (TooLargeException e) {
            throw new TransportException(TransportException.Kind.TOO_LARGE, url, e.getMessage(), e);
        } catch (IOException e) {
            throw classify(e, method, url, deadline);
        }
    }

    private static byte[] readCapped(ResponseBody body, String url) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > MAX_BODY_BYTES) {
            throw new TooLargeException("response from " + url + " announces " + body.contentLength()
                    + " bytes, more than " + MAX_BODY_BYTES);
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new TooLargeException("response from " + url + " exceeds " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static TransportException classify(IOException e, String method, String url, Deadline deadline) {
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (Thread.currentThread().isInterrupted()) {
            return new TransportException(TransportException.Kind.CANCELLED, url, method + " " + url + " cancelled",
                    e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException) {
            return new TransportException(TransportException.Kind.CONNECT, url,
                    "cannot connect to " + url + " (" + detail + ")", e);
        }
        if (e instanceof InterruptedIOException || deadline.isExpired()) {
            return new TransportException(TransportException.Kind.TIMEOUT, url,
                    "no complete response from " + url + " in time (" + detail + ")", e);
        }
        return new TransportException(TransportException.Kind.IO, url, method + " " + url + " failed (" + detail + ")",
                e);
    }

    /** A body beyond {@link #MAX_BODY_BYTES}; thrown from inside the read so that the response is closed. */
    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
