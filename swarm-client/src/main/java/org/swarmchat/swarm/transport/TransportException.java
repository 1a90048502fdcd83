package org.swarmchat.swarm.transport;

/**
 * An HTTP exchange with a node did not produce a response: the connection was refused or broke, TLS failed,
 * the attempt ran out of time, or the calling thread was interrupted. A response with an error status is not
 * this exception: it is an {@link HttpReply}.
 */
public class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the failure model cares. */
    public enum Kind {
        /** Nothing listens there, or the host cannot be reached: the node is down. */
        CONNECT,
        /** The attempt's deadline passed before the response was complete. */
        TIMEOUT,
        /** The connection broke mid-exchange, or TLS failed after connecting. */
        IO,
        /** The calling thread was interrupted: the caller gave up. */
        CANCELLED,
        /** The response was larger than any honest node sends; reading stopped at the cap. */
        TOO_LARGE
    }

    private final Kind kind;
    private final String url;

    /** A failure of {@code kind} while talking to {@code url}. */
    public TransportException(Kind kind, String url, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.url = url;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The URL of the failed exchange. */
    public String url() {
        return url;
    }
}
