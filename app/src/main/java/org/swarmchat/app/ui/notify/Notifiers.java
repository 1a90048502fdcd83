package org.swarmchat.app.ui.notify;

/** Chooses how notifications are shown on this machine. */
public final class Notifiers {
    private Notifiers() {
    }

    /** The desktop's notification service where {@code notify-send} is on the PATH, else {@code inApp}. */
    public static Notifier desktopOr(Notifier inApp) {
        return FreedesktopNotifier.find(System.getenv("PATH"))
                .<Notifier>map(command -> new FreedesktopNotifier(command, inApp))
                .orElse(inApp);
    }
}
