package org.swarmchat.devnet.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Server TLS for devnet nodes: a fresh EC P-256 key and a self-signed certificate valid for ten years, built with
 * Bouncy Castle's PKIX API, as storage nodes and seeds serve self-signed certificates that clients do not verify
 * (SPEC §3.1). EC keys are made in well under a millisecond, so 2,000 nodes start quickly; RSA would not.
 */
public final class SelfSignedTls {
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final char[] PASSWORD = "devnet".toCharArray();

    private SelfSignedTls() {
    }

    /**
     * A server {@link SSLContext} with a new key and certificate for {@code commonName}, also naming 127.0.0.1.
     *
     * @param commonName the certificate subject's CN, e.g. the node's Ed25519 key in hex
     * @param random randomness for the key and the serial number
     * @param now the start of the validity period
     * @throws TlsSetupException if the JDK lacks EC keys or TLS
     */
    public static SSLContext serverContext(String commonName, SecureRandom random, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = certificate(commonName, keys, random, now);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("node", keys.getPrivate(), PASSWORD, new X509Certificate[] {certificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("SunX509");
            keyManagers.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            // Null randomness: TLS handshakes draw from the JDK's default source, which must stay unpredictable.
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException | OperatorCreationException e) {
            throw new TlsSetupException("cannot make a self-signed TLS context", e);
        }
    }

    private static X509Certificate certificate(String commonName, KeyPair keys, SecureRandom random, Instant now)
            throws OperatorCreationException, CertIOException, GeneralSecurityException {
        X500Name subject = new X500Name("CN=" + commonName + ",O=Swarmchat devnet");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, random),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(keys.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
