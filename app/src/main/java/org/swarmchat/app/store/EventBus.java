package org.swarmchat.app.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers committed events to listeners, in commit order, on one dispatch thread of its own. */
final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final List<Consumer<StoreEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "swarmchat-store-events");
        t.setDaemon(true);
        return t;
    });

    AutoCloseable subscribe(Consumer<StoreEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Queues the events of one committed transaction. */
    void publish(List<StoreEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<StoreEvent> copy = List.copyOf(events);
        dispatch.execute(() -> {
            for (StoreEvent event : copy) {
                for (Consumer<StoreEvent> listener : listeners) {
                    try {
                        listener.accept(event);
                    } catch (RuntimeException e) {
                        LOG.warn("A store event listener failed on {}", event, e);
                    }
                }
            }
        });
    }

    /** Delivers what is queued, then stops. */
    void close() {
        dispatch.shutdown();
        try {
            if (!dispatch.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Store event listeners did not finish within 10 s; dropping the rest");
                dispatch.shutdownNow();
            }
        } catch (InterruptedException e) {
            dispatch.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
