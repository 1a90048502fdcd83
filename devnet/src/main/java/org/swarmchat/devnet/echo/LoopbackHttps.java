package org.swarmchat.devnet.echo;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A JDK {@link HttpClient} for the devnet's HTTPS: it accepts the self-signed certificates of devnet nodes and
 * seeds, but only from loopback peers. Session clients do not verify snode certificates at all (SPEC §3.1); this
 * client is stricter, so that it cannot be pointed at a remote host by mistake and trust whatever answers.
 */
public final class LoopbackHttps {
    private LoopbackHttps() {
    }

    /**
     * A new HTTP/1.1 client with this trust rule and the given connect timeout. Requests still need their own
     * {@code timeout}. Close it when done.
     */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(context())
                .connectTimeout(connectTimeout)
                .build();
    }

    /** Whether {@code host} (a name or a literal address) is a loopback address. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // Literal addresses only: a name other than localhost would need a DNS look-up.
            if (!Character.isDigit(host.charAt(0)) && !host.startsWith("[") && !host.contains(":")) {
                return false;
            }
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new LoopbackOnlyTrust()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no TLS context", e);
        }
    }

    /**
     * Trusts any certificate from a loopback peer and none from elsewhere. Extended, so that the JDK adds no host
     * name check on top: devnet certificates name no host.
     */
    private static final class LoopbackOnlyTrust extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            requireLoopback(engine == null ? null : engine.getPeerHost());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            requireLoopback(socket == null ? null : socket.getInetAddress().getHostAddress());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the peer's address is unknown; only loopback peers are trusted");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a client, not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a client, not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a client, not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }

        private static void requireLoopback(String host) throws CertificateException {
            if (!isLoopback(host)) {
                throw new CertificateException("self-signed certificates are trusted from loopback only, not "
                        + host);
            }
        }
    }
}
