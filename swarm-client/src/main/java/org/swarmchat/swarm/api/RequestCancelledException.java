package org.swarmchat.swarm.api;

/** The caller cancelled the call (or interrupted its thread) before it finished. */
public class RequestCancelledException extends SwarmException {
    private static final long serialVersionUID = 1L;

    /** Cancelled while {@code message}. */
    public RequestCancelledException(String message) {
        super(message);
    }
}
