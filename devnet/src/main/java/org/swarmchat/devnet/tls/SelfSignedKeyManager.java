package org.swarmchat.devnet.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A server key manager with one EC key and certificate, made on first use. Offered only for EC key types, which
 * every TLS 1.2 and 1.3 client supports.
 */
final class SelfSignedKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "devnet";

    private final String commonName;
    private final SecureRandom random;
    private final Instant now;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile SelfSignedCertificate material;

    SelfSignedKeyManager(String commonName, SecureRandom random, Instant now) {
        this.commonName = commonName;
        this.random = random;
        this.now = now;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return aliasFor(keyType);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return aliasFor(keyType) == null ? null : new String[] {ALIAS};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? new X509Certificate[] {material().certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? material().privateKey() : null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    private static String aliasFor(String keyType) {
        return keyType != null && keyType.startsWith("EC") ? ALIAS : null;
    }

    private SelfSignedCertificate material() {
        SelfSignedCertificate m = material;
        if (m != null) {
            return m;
        }
        lock.lock();
        try {
            if (material == null) {
                material = SelfSignedCertificate.create(commonName, random, now);
            }
            return material;
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("cannot make a self-signed certificate", e);
        } finally {
            lock.unlock();
        }
    }
}
