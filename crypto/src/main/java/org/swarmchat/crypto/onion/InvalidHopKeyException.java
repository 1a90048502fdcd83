package org.swarmchat.crypto.onion;

/**
 * A node's X25519 key cannot be encrypted to: it is a point of small order, so the Diffie-Hellman result would
 * be all zero. Such a node is broken or hostile; the caller should drop it from its pool.
 */
public class InvalidHopKeyException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidHopKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
