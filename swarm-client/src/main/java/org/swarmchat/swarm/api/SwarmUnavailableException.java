package org.swarmchat.swarm.api;

/**
 * No member of a swarm accepted the request: every member tried was unreachable, not ready or failed. The
 * message lists what each one did.
 */
public class SwarmUnavailableException extends SwarmException {
    private static final long serialVersionUID = 1L;

    private final String pubkey;

    /** The swarm of {@code pubkey} (66 hex) could not serve the request, as {@code message} explains. */
    public SwarmUnavailableException(String pubkey, String message, Throwable cause) {
        super(message, cause);
        this.pubkey = pubkey;
    }

    /** The pubkey (66 hex) whose swarm failed. */
    public String pubkey() {
        return pubkey;
    }
}
