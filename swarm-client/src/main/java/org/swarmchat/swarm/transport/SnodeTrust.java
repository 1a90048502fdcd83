package org.swarmchat.swarm.transport;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS settings for connections to storage nodes and seeds: accept any certificate and any host name.
 *
 * <p>Why this is not a hole: snodes serve self-signed certificates with no name to check, and the official
 * clients switch verification off for them (SPEC §3.1, desktop {@code rejectUnauthorized:false}). What a
 * snode learns and answers is protected by the onion layers, which are encrypted to the node's X25519 key from
 * the node list; a man in the middle of the TLS connection sees only ciphertext and cannot forge a reply. Only
 * the direct (diagnostic and guard-test) requests and seed requests rely on nothing more than TLS, exactly as
 * the official clients' do. Never use this for servers that are not snodes.
 */
final class SnodeTrust {
    private SnodeTrust() {
    }

    /** A trust manager that accepts every chain; see the class comment for why. */
    static X509TrustManager acceptAnyCertificate() {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // Snodes are not our clients; nothing to check.
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // Self-signed by design; authenticity comes from the onion encryption to the node's x25519 key.
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    /** Snode certificates name no host. */
    static HostnameVerifier acceptAnyHost() {
        return (host, session) -> true;
    }

    /** A TLS socket factory that uses {@code trustManager}. */
    static SSLSocketFactory socketFactory(X509TrustManager trustManager, SecureRandom random) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, random);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS context", e);
        }
    }
}
