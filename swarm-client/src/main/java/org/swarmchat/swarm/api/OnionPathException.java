package org.swarmchat.swarm.api;

import java.util.List;
import java.util.Optional;

/**
 * An onion path failed to carry a request: the guard could not be reached, a relay answered an error (SPEC
 * §4.5, §4.7: timeout, invalid ciphertext, node not ready), or the response could not be decrypted. The path is
 * penalised; the request may be retried on another path.
 */
public class OnionPathException extends SwarmException {
    private static final long serialVersionUID = 1L;

    private final transient List<Snode> path;
    private final transient Snode suspectedDestination;

    /** The path {@code path} (guard first) failed, as {@code message} explains. */
    public OnionPathException(List<Snode> path, String message, Throwable cause) {
        this(path, null, message, cause);
    }

    /**
     * The path {@code path} failed in a way the destination may have caused (its reply did not decrypt, or a
     * relay got an invalid response from it); {@code suspectedDestination} may be null.
     */
    public OnionPathException(List<Snode> path, Snode suspectedDestination, String message, Throwable cause) {
        super(message, cause);
        this.path = List.copyOf(path);
        this.suspectedDestination = suspectedDestination;
    }

    /**
     * The destination, when it may be the culprit rather than the path: another member is then a better next
     * try than the same one over another path.
     */
    public Optional<Snode> suspectedDestination() {
        return Optional.ofNullable(suspectedDestination);
    }

    /** The path that failed, guard first. */
    public List<Snode> path() {
        return path;
    }
}
