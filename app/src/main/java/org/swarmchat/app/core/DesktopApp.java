package org.swarmchat.app.core;

/**
 * The desktop app as the command line starts it. The command line cannot use JavaFX (see the architecture test),
 * so it finds the implementation, which lives in {@code org.swarmchat.app.ui}, through {@link java.util.ServiceLoader}.
 */
public interface DesktopApp {
    /**
     * Opens the window and returns when it is closed, after every service has stopped.
     *
     * @return the process exit status
     */
    int run(DesktopOptions options);
}
