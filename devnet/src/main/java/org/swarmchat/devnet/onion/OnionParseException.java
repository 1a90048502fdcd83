package org.swarmchat.devnet.onion;

/** An onion request or layer does not have the layout of SPEC §4.3-§4.4; the message says what is wrong. */
final class OnionParseException extends Exception {
    private static final long serialVersionUID = 1L;

    OnionParseException(String message) {
        super(message);
    }

    OnionParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
