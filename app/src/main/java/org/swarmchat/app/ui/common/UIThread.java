package org.swarmchat.app.ui.common;

import javafx.application.Platform;

/**
 * The one bridge to the JavaFX thread: nothing else in the app calls {@link Platform#runLater(Runnable)} (an
 * architecture test checks this).
 */
public final class UIThread {
    private UIThread() {
    }

    /** Runs {@code task} on the JavaFX thread: now if already there, else as soon as it is free. */
    public static void run(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }

    /** Runs {@code task} later on the JavaFX thread, even if called from it (after the current event). */
    public static void runLater(Runnable task) {
        Platform.runLater(task);
    }

    /** Whether the caller is on the JavaFX thread. */
    public static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }
}
