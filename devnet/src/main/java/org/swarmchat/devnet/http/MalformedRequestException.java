package org.swarmchat.devnet.http;

import java.io.IOException;

/** A request that is not HTTP/1.x as RFC 9112 frames it; the connection answers 400 and closes. */
final class MalformedRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedRequestException(String message) {
        super(message);
    }
}
