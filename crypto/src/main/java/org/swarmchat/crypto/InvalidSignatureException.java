package org.swarmchat.crypto;

/** A signature did not verify against the key it claims. */
public class InvalidSignatureException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(message);
    }
}
