package org.swarmchat.swarm.api;

/**
 * A storage node answered the request with an error status (SPEC §3.3): 400 bad request, 401 bad signature,
 * 403 TTL out of range, 404 nothing to delete, 429 rate limited, 500 all swarm members failed, and so on. The
 * node's own text is kept; whether to retry depends on the status.
 */
public class SnodeRequestException extends SwarmException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;

    /** The node answered {@code status} with {@code detail} (its plain-text body). */
    public SnodeRequestException(int status, String detail, String message) {
        super(message);
        this.status = status;
        this.detail = detail;
    }

    /** The HTTP status (or batch sub-result code) the node answered. */
    public int status() {
        return status;
    }

    /** The node's own explanation, as it sent it. */
    public String detail() {
        return detail;
    }
}
