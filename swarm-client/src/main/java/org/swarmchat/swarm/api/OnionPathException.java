package org.swarmchat.swarm.api;

import java.util.List;

/**
 * An onion path failed to carry a request: the guard could not be reached, a relay answered an error (SPEC
 * §4.5, §4.7: timeout, invalid ciphertext, node not ready), or the response could not be decrypted. The path is
 * penalised; the request may be retried on another path.
 */
public class OnionPathException extends SwarmException {
    private static final long serialVersionUID = 1L;

    private final transient List<Snode> path;

    /** The path {@code path} (guard first) failed, as {@code message} explains. */
    public OnionPathException(List<Snode> path, String message, Throwable cause) {
        super(message, cause);
        this.path = List.copyOf(path);
    }

    /** The path that failed, guard first. */
    public List<Snode> path() {
        return path;
    }
}
