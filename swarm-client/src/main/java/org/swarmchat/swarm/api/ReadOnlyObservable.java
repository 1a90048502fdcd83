package org.swarmchat.swarm.api;

import java.util.function.Consumer;

/**
 * A value that changes over time and tells observers (no JavaFX: the UI moves updates to its own thread
 * through its bridge).
 *
 * @param <T> the value type, immutable
 */
public interface ReadOnlyObservable<T> {
    /** The current value. */
    T get();

    /**
     * Calls {@code observer} with the current value now, and with every later value, on the thread that sets it.
     * Observers must return quickly and not block.
     *
     * @return the handle that ends the registration
     */
    Pin addObserver(Consumer<? super T> observer);
}
