package org.swarmchat.app.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.swarm.onion.PathStatus;

/**
 * Two switches for the desktop app's benchmarks ({@code bench/desktop-run}), off unless a system property sets them,
 * and then costing one check of a constant each:
 * <ul>
 *   <li>{@code -Dswarmchat.startupTrace=true} logs (INFO, stderr) {@code toolkit-start at=EPOCH_MS} before JavaFX
 *       starts, {@code window-shown at=EPOCH_MS} when the window is on screen, {@code ready at=EPOCH_MS} when
 *       the app reaches {@link AppState#READY}, and
 *       {@code paths-ready at=EPOCH_MS} when its onion paths are first built, so a parent process can time the
 *       start against its own clock;</li>
 *   <li>{@code -Dswarmchat.openChat=echo} opens the chat with the echo contact when the main window first shows,
 *       so that an idle measurement has one chat open without a robot.</li>
 * </ul>
 */
final class StartupHooks {
    private static final boolean TRACE = Boolean.getBoolean("swarmchat.startupTrace");
    private static final boolean OPEN_ECHO = "echo".equals(System.getProperty("swarmchat.openChat"));
    private static final Logger LOG = LoggerFactory.getLogger(StartupHooks.class);

    private StartupHooks() {
    }

    /** Call just before the JavaFX toolkit starts. */
    static void toolkitStarting() {
        if (TRACE) {
            trace("toolkit-start");
        }
    }

    /** Call once the window is shown. */
    static void windowShown() {
        if (TRACE) {
            trace("window-shown");
        }
    }

    /** Call before {@code context} starts: traces READY and the first built paths, if tracing is on. */
    static void watch(AppContext context) {
        if (!TRACE) {
            return;
        }
        AtomicBoolean ready = new AtomicBoolean();
        AtomicBoolean paths = new AtomicBoolean();
        context.state().addObserver(state -> {
            if (state != AppState.READY || !ready.compareAndSet(false, true)) {
                return;
            }
            trace("ready");
            context.messenger().swarmClient().pathStatus().addObserver(status -> {
                if (status.state() == PathStatus.State.READY && paths.compareAndSet(false, true)) {
                    trace("paths-ready");
                }
            });
        });
    }

    /** The chat to open when the main window first shows, if a switch asks for one. */
    static Optional<AccountId> chatToOpen(AppContext context) {
        return OPEN_ECHO ? context.echoContact() : Optional.empty();
    }

    private static void trace(String event) {
        LOG.info("{} at={}", event, System.currentTimeMillis());
    }
}
