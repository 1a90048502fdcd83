package org.swarmchat.app.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.ui.common.Theme;
import org.swarmchat.app.ui.common.UIThread;
import org.swarmchat.app.ui.notify.Notifiers;

/**
 * The app contexts of one desktop run, one after another in the same window: the first when the window opens, and
 * a fresh one each time settings ask for a restart (after a network change). A restart stops the running context
 * completely (profile closed, embedded devnet stopped, which frees its port) before the next one starts.
 *
 * <p>{@link #show()}, {@link #onHidden()} and {@link #restart()} run on the JavaFX thread; {@link #close()} on any.
 */
final class DesktopSession {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopSession.class);

    private final Stage stage;
    private final Supplier<AppContext> restarted;
    private AppContext context;
    private boolean closed;
    private CompletableFuture<Void> restarting = CompletableFuture.completedFuture(null);
    private AppWindow window;

    /**
     * A session in {@code stage} that starts with {@code first} and builds each restarted context with
     * {@code restarted} (called off the JavaFX thread: it may read the settings file).
     */
    DesktopSession(Stage stage, AppContext first, Supplier<AppContext> restarted) {
        this.stage = stage;
        this.context = first;
        this.restarted = restarted;
    }

    /** Shows the window of the first context and starts it. */
    void show() {
        open(context(), false);
    }

    /** The context running now. */
    synchronized AppContext context() {
        return context;
    }

    /** Deactivates the window's screens once the stage is hidden. */
    void onHidden() {
        if (window != null) {
            window.onDeactivate();
        }
    }

    /** Stops the running context off the JavaFX thread, then starts a fresh one in the same window. */
    void restart() {
        boolean dark = stage.getScene() != null && Theme.isDark(stage.getScene());
        synchronized (this) {
            if (closed || !restarting.isDone()) {
                return;
            }
            window.onDeactivate();
            window = null;
            AppContext old = context;
            restarting = CompletableFuture.runAsync(() -> {
                old.close();
                AppContext fresh = restarted.get();
                synchronized (this) {
                    if (closed) {
                        fresh.close();
                        return;
                    }
                    context = fresh;
                }
                UIThread.run(() -> open(fresh, dark));
            }, runnable -> Thread.ofVirtual().name("swarmchat-restart").start(runnable));
            restarting.exceptionally(e -> {
                LOG.error("the restart failed", e);
                return null;
            });
        }
    }

    /** Stops the running context (after a restart under way has finished) and starts no other. Idempotent. */
    void close() {
        CompletableFuture<Void> pending;
        synchronized (this) {
            closed = true;
            pending = restarting;
        }
        pending.exceptionally(e -> null).join();
        context().close();
    }

    private void open(AppContext next, boolean dark) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        window = new AppWindow(next, Optional.of(this::restart), Notifiers::desktopOr);
        window.show(stage);
        Theme.setDark(stage.getScene(), dark);
        StartupHooks.watch(next);
        next.start();
    }
}
