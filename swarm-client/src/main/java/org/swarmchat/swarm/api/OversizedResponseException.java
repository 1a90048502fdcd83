package org.swarmchat.swarm.api;

/**
 * A reply is larger than any honest node sends (the largest honest reply, a retrieve page, is a fraction of the cap).
 * Unlike bytes that merely fail to parse, which a broken node also produces, this is taken as a lie.
 */
public final class OversizedResponseException extends MalformedResponseException {
    private static final long serialVersionUID = 1L;

    /** The reply is too large as {@code message} says, found by {@code cause}. */
    public OversizedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
