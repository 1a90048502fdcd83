package org.swarmchat.app.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.core.DesktopApp;
import org.swarmchat.app.core.DesktopOptions;
import org.swarmchat.app.core.MessengerSettings;

/**
 * The desktop app that {@code swarmchat} with no command opens: starts JavaFX, shows the window at once, then runs
 * the start-up chain of {@link AppContext} behind it; when the window closes, stops every service.
 */
public final class SwarmchatDesktop implements DesktopApp {
    /** For {@link java.util.ServiceLoader}. */
    public SwarmchatDesktop() {
    }

    @Override
    public int run(DesktopOptions options) {
        AppContext context = new AppContext(new AppContext.Options(options.data(), options.network(),
                options.profileName(), options.password(), MessengerSettings.defaults(), Clock.systemUTC(), true,
                Optional.empty()));
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C or a kill still stops the services in order (queued writes land, the devnet saves its state).
        Thread hook = new Thread(context::close, "swarmchat-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            StartupHooks.toolkitStarting();
            Platform.startup(() -> {
                Stage stage = new Stage();
                AppWindow window = new AppWindow(context);
                stage.setOnHidden(e -> {
                    window.onDeactivate();
                    closed.countDown();
                });
                window.show(stage);
                StartupHooks.windowShown();
                StartupHooks.watch(context);
                context.start();
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            context.close();
            throw new IllegalStateException("cannot open a window (" + e.getMessage() + "): Swarmchat needs a"
                    + " graphical desktop (DISPLAY or WAYLAND_DISPLAY) and GTK 3 (apt-get install libgtk-3-0)", e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            context.close();
            Platform.exit();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs close() again, which does nothing the second time.
            }
        }
        return 0;
    }
}
