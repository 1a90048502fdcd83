package org.swarmchat.swarm.exec;

import java.time.Duration;

/** Pauses the calling thread; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** The real one: {@link Thread#sleep(Duration)}. */
    Sleeper SYSTEM = Thread::sleep;

    /**
     * Pauses for {@code duration}.
     *
     * @throws InterruptedException if the thread is interrupted (the call was cancelled)
     */
    void sleep(Duration duration) throws InterruptedException;
}
