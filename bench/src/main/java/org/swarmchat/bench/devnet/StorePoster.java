package org.swarmchat.bench.devnet;

import java.io.IOException;

/** How a store worker sends one request: a blocking POST of JSON, the status and body back. Thread-safe. */
interface StorePoster extends AutoCloseable {
    /** The status and body of one reply. */
    record Reply(int status, byte[] body) {
    }

    /**
     * Posts {@code json} to {@code url} and waits for the whole reply.
     *
     * @throws IOException if the node cannot be reached or the reply is cut off
     * @throws InterruptedException if the waiting thread is interrupted
     */
    Reply post(String url, byte[] json) throws IOException, InterruptedException;

    /** Closes the connections it keeps; the default keeps none of its own. */
    @Override
    default void close() {
    }
}
