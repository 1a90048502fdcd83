package org.swarmchat.swarm.transport;

/**
 * Blocking HTTPS POST to storage nodes and seeds. Callers run on virtual threads (the IO executor), so a
 * blocking call is the simple and cheap form; every call is bounded by its {@link Deadline}.
 *
 * <p>Implementations must be thread-safe.
 */
public interface HttpTransport {
    /**
     * POSTs {@code body} to {@code url} and waits for the whole response, at most until {@code deadline}.
     *
     * @param url an {@code https://ip:port/path} URL
     * @param contentType the request's {@code Content-Type}
     * @return the response, whatever its status
     * @throws TransportException if no response arrived: connection refused or broken, TLS failure, the
     *     deadline passed ({@link TransportException.Kind#TIMEOUT}), or the thread was interrupted
     */
    HttpReply post(String url, byte[] body, String contentType, Deadline deadline) throws TransportException;
}
