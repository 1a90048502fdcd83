package org.swarmchat.swarm.api;

/** A registration with an {@link ReadOnlyObservable}; {@link #unbind()} ends it. */
@FunctionalInterface
public interface Pin {
    /** Stops notifications to the observer. Idempotent. */
    void unbind();
}
