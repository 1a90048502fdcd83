package org.swarmchat.crypto;

/** A ciphertext could not be opened: wrong key, tampered bytes, or a malformed layout. */
public class DecryptionException extends Exception {
    private static final long serialVersionUID = 1L;

    public DecryptionException(String message) {
        super(message);
    }

    public DecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
