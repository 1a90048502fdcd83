package org.swarmchat.app.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.config.AppSettingsFile;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.DesktopApp;
import org.swarmchat.app.core.DesktopOptions;
import org.swarmchat.app.core.MessengerSettings;

/**
 * The desktop app that {@code swarmchat} with no command opens: starts JavaFX, shows the window at once, then runs
 * the start-up chain of {@link AppContext} behind it; when the window closes, stops every service. It joins the
 * network that {@code --network} names, else the one saved in settings.
 */
public final class SwarmchatDesktop implements DesktopApp {
    /** For {@link java.util.ServiceLoader}. */
    public SwarmchatDesktop() {
    }

    @Override
    public int run(DesktopOptions options) {
        AppSettingsFile settings = AppSettingsFile.in(options.data());
        AppContext first = context(options, settings.networkToUse(options.network()));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<DesktopSession> session = new AtomicReference<>();
        // Ctrl-C or a kill still stops the services in order (queued writes land, the devnet saves its state).
        Thread hook = new Thread(() -> close(session.get(), first), "swarmchat-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            StartupHooks.toolkitStarting();
            Platform.startup(() -> {
                Stage stage = new Stage();
                // A restart asked for in settings joins the network chosen there, whatever --network said. A fresh
                // reader: settings wrote the choice through the running context's own.
                DesktopSession s = new DesktopSession(stage, first, () -> context(options,
                        AppSettingsFile.in(options.data()).read().networkChoice()));
                session.set(s);
                stage.setOnHidden(e -> {
                    s.onHidden();
                    closed.countDown();
                });
                s.show();
                StartupHooks.windowShown();
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            first.close();
            throw new IllegalStateException("cannot open a window (" + e.getMessage() + "): Swarmchat needs a"
                    + " graphical desktop (DISPLAY or WAYLAND_DISPLAY) and GTK 3 (apt-get install libgtk-3-0)", e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(session.get(), first);
            Platform.exit();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs close() again, which does nothing the second time.
            }
        }
        return 0;
    }

    private static AppContext context(DesktopOptions options, NetworkChoice network) {
        return new AppContext(new AppContext.Options(options.data(), network, options.profileName(),
                options.password(), MessengerSettings.defaults(), Clock.systemUTC(), true, Optional.empty()));
    }

    private static void close(DesktopSession session, AppContext first) {
        if (session != null) {
            session.close();
        } else {
            first.close();
        }
    }
}
