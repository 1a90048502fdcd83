package org.swarmchat.swarm.exec;

/** A handle on work in progress that can be stopped. */
@FunctionalInterface
public interface Cancellable {
    /** Stops the work if it is still running (interrupting its thread); idempotent. */
    void cancel();
}
