package org.swarmchat.swarm.api;

import java.util.List;
import java.util.Objects;
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
    private final transient Snode deadHop;

    /** The path {@code path} (guard first) failed, as {@code message} explains. */
    public OnionPathException(List<Snode> path, String message, Throwable cause) {
        this(path, null, message, cause);
    }

    /**
     * The path {@code path} failed in a way the destination may have caused (its reply did not decrypt, or a
     * relay got an invalid response from it); {@code suspectedDestination} may be null.
     */
    public OnionPathException(List<Snode> path, Snode suspectedDestination, String message, Throwable cause) {
        this(path, suspectedDestination, null, message, cause);
    }

    private OnionPathException(List<Snode> path, Snode suspectedDestination, Snode deadHop, String message,
            Throwable cause) {
        super(message, cause);
        this.path = List.copyOf(path);
        this.suspectedDestination = suspectedDestination;
        this.deadHop = deadHop;
    }

    /**
     * The path {@code path} failed because a relay could not reach {@code deadHop}, a hop of the same path; the
     * caller has dropped that hop from the pool and mended the path.
     */
    public static OnionPathException deadHop(List<Snode> path, Snode deadHop, String message) {
        return new OnionPathException(path, null, Objects.requireNonNull(deadHop), message, null);
    }

    /**
     * The hop a relay of the path could not reach, when the relay named one: the failure has then been dealt with
     * (the hop is out of the pool and out of the mended path), and the next try over that path stands a fresh
     * chance.
     */
    public Optional<Snode> deadHop() {
        return Optional.ofNullable(deadHop);
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
