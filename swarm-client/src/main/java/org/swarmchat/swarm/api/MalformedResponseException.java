package org.swarmchat.swarm.api;

/**
 * A reply does not have the shape of SPEC §3-§4: not JSON, a missing or mistyped member, a bad key or base64. The
 * node that sent it is broken or hostile; the request may be retried elsewhere.
 */
public class MalformedResponseException extends SwarmException {
    private static final long serialVersionUID = 1L;

    /** The reply is malformed as {@code message} says. */
    public MalformedResponseException(String message) {
        super(message);
    }

    /** The reply is malformed as {@code message} says, found by {@code cause}. */
    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
