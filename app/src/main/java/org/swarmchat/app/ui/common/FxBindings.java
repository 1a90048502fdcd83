package org.swarmchat.app.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.store.Store;
import org.swarmchat.app.store.StoreEvent;
import org.swarmchat.swarm.api.Pin;
import org.swarmchat.swarm.api.ReadOnlyObservable;

/**
 * Binds core state to the UI: every callback it installs runs on the JavaFX thread, through {@link UIThread}.
 * Each binding returns a {@link Pin} that the controller keeps and unbinds on deactivate.
 */
public final class FxBindings {
    private static final Logger LOG = LoggerFactory.getLogger(FxBindings.class);

    private FxBindings() {
    }

    /** Calls {@code onFx} on the JavaFX thread with the current value of {@code observable} and each later one. */
    public static <T> Pin bind(ReadOnlyObservable<T> observable, Consumer<? super T> onFx) {
        return observable.addObserver(value -> UIThread.run(() -> onFx.accept(value)));
    }

    /**
     * Calls {@code onEvent} with each store event, on the store's dispatch thread (it may read the store there);
     * the caller hops to the JavaFX thread for what it shows.
     */
    public static Pin subscribe(Store store, Consumer<StoreEvent> onEvent) {
        AutoCloseable subscription = store.subscribe(onEvent);
        return () -> {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("closing a store subscription failed", e);
            }
        };
    }

    /**
     * Runs {@code work} on {@code executor} (never on the JavaFX thread) and hands its result or failure to
     * {@code onFx} on the JavaFX thread, always as an event of its own, never inside the caller.
     *
     * <p>Why never inside: if {@code work} finishes before the callback is attached (a fast query while the JavaFX
     * thread was descheduled), {@code whenComplete} would run it at once, on the calling thread. A caller on the
     * JavaFX thread may be in a layout pass (a scroll bar's listener is), and changing and laying out a list there
     * is silently ignored; that left a chat pinned to its top now and then on a loaded machine.
     */
    public static <T> CompletableFuture<T> load(Executor executor, Supplier<T> work,
            BiConsumer<? super T, ? super Throwable> onFx) {
        return CompletableFuture.supplyAsync(work, executor).whenComplete((value, error) ->
                UIThread.runLater(() -> onFx.accept(value, unwrap(error))));
    }

    /** Hands the outcome of {@code future} to {@code onFx} on the JavaFX thread. */
    public static <T> void onFx(CompletableFuture<T> future, BiConsumer<? super T, ? super Throwable> onFx) {
        future.whenComplete((value, error) -> UIThread.run(() -> onFx.accept(value, unwrap(error))));
    }

    /** The cause of a {@link CompletionException}, or the error itself. */
    public static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
