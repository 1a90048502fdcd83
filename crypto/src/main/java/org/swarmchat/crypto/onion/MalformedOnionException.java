package org.swarmchat.crypto.onion;

/**
 * An onion request or response does not have the layout of SPEC §4: a combined payload whose length prefix
 * overruns the body, text that is not base64 or UTF-8, an unknown {@code enc_type}. A hop answers such a
 * request with 400; a client treats such a response as a failure of the path.
 */
public class MalformedOnionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedOnionException(String message) {
        super(message);
    }

    public MalformedOnionException(String message, Throwable cause) {
        super(message, cause);
    }
}
