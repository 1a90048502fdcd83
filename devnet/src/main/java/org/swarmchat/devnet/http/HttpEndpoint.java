package org.swarmchat.devnet.http;

import java.io.IOException;

/** Handles the requests of one route. Called on a virtual thread; may block. */
@FunctionalInterface
public interface HttpEndpoint {
    /**
     * Answers a request.
     *
     * @throws IOException to close the connection without an answer
     */
    HttpReply handle(HttpRequest request) throws IOException;
}
