package org.swarmchat.swarm.api;

/**
 * A call ran out of time: its deadline passed before it succeeded. The message names the last failure seen, if
 * any, so that a timeout caused by a dead node is told apart from one caused by a slow network.
 */
public class DeadlineExceededException extends SwarmException {
    private static final long serialVersionUID = 1L;

    /** Out of time, as {@code message} explains; {@code lastFailure} may be null. */
    public DeadlineExceededException(String message, Throwable lastFailure) {
        super(message, lastFailure);
    }
}
