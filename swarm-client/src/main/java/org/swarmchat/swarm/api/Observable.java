package org.swarmchat.swarm.api;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A settable {@link ReadOnlyObservable}. Services keep one and hand out the read-only view. An observer that
 * throws is logged and does not stop the others.
 *
 * <p>Thread-safe. Values set concurrently reach observers in some order; the last set is what {@link #get()}
 * returns.
 *
 * @param <T> the value type, immutable
 */
public final class Observable<T> implements ReadOnlyObservable<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Observable.class);

    private final List<Consumer<? super T>> observers = new CopyOnWriteArrayList<>();
    private volatile T value;

    /** An observable holding {@code initial}. */
    public Observable(T initial) {
        this.value = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public T get() {
        return value;
    }

    /** Sets the value and tells the observers, unless it equals the current one. */
    public void set(T newValue) {
        Objects.requireNonNull(newValue, "newValue");
        if (newValue.equals(value)) {
            return;
        }
        value = newValue;
        for (Consumer<? super T> observer : observers) {
            notify(observer, newValue);
        }
    }

    @Override
    public Pin addObserver(Consumer<? super T> observer) {
        Objects.requireNonNull(observer, "observer");
        observers.add(observer);
        notify(observer, value);
        return () -> observers.remove(observer);
    }

    private static <T> void notify(Consumer<? super T> observer, T value) {
        try {
            observer.accept(value);
        } catch (RuntimeException e) {
            LOG.warn("an observer failed on {}", value, e);
        }
    }
}
