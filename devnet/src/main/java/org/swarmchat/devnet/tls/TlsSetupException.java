package org.swarmchat.devnet.tls;

/** The JDK could not provide what a devnet TLS context needs (EC keys, PKCS12, TLS). */
public class TlsSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with its cause. */
    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
