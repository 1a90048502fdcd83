package org.swarmchat.app.ui.notify;

/** Shows a notification to the user: on the desktop, or inside the window. */
public interface Notifier {
    /**
     * Shows {@code notification}. May be called on any thread, and returns at once: an implementation that needs
     * I/O or the JavaFX thread goes there itself. Failures are logged, never thrown.
     */
    void show(Notification notification);
}
