package org.swarmchat.devnet.tls;

import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * Server TLS for devnet nodes: an EC P-256 key and a self-signed certificate valid for ten years, built with
 * Bouncy Castle's PKIX API, as storage nodes and seeds serve self-signed certificates that clients do not verify
 * (SPEC §3.1).
 *
 * <p>The key and certificate are made on the first handshake, not when the context is created: a devnet of 2,000
 * nodes then starts without signing 2,000 certificates, and each node pays about a millisecond the first time a
 * client connects. The key manager hands the key straight to JSSE, skipping the password-protected key store a
 * {@code KeyManagerFactory} would need (PKCS12 encryption alone costs more than the key and certificate).
 */
public final class SelfSignedTls {
    private SelfSignedTls() {
    }

    /**
     * A server {@link SSLContext} whose certificate names {@code commonName} and 127.0.0.1.
     *
     * @param commonName the certificate subject's CN, e.g. the node's Ed25519 key in hex
     * @param random randomness for the key and the serial number
     * @param now the start of the validity period
     * @throws TlsSetupException if the JDK lacks TLS
     */
    public static SSLContext serverContext(String commonName, SecureRandom random, Instant now) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            // No trust managers: a server that asks for no client certificates needs none, and the default one
            // would parse the JDK's CA store for every node. Null randomness: handshakes use the JDK's default.
            context.init(new KeyManager[] {new SelfSignedKeyManager(commonName, random, now)}, new TrustManager[0],
                    null);
            return context;
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new TlsSetupException("cannot make a TLS context", e);
        }
    }

    /**
     * Makes the key and certificate now, for callers that want to pay the cost up front or inspect the
     * certificate.
     *
     * @throws TlsSetupException if the JDK lacks EC keys
     */
    public static SelfSignedCertificate certificate(String commonName, SecureRandom random, Instant now) {
        try {
            return SelfSignedCertificate.create(commonName, random, now);
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("cannot make a self-signed certificate", e);
        }
    }
}
