package org.swarmchat.app.ui.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task on the JavaFX thread after a delay, without a JavaFX animation. A running {@code Timeline} or
 * {@code PauseTransition} keeps JavaFX's pulse timer going at 60 pulses a second for as long as it runs, however
 * long its delay; this timer sleeps on a thread of its own and wakes the JavaFX thread once, through
 * {@link UIThread}. For timeouts of seconds, where a pulse's precision does not matter.
 */
public final class FxTimer {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fx-timer");
        thread.setDaemon(true);
        return thread;
    });

    private FxTimer() {
    }

    /**
     * Runs {@code onFx} on the JavaFX thread once {@code delay} has passed.
     *
     * @return a handle whose {@code cancel(false)} stops the task if it has not started
     */
    public static ScheduledFuture<?> after(Duration delay, Runnable onFx) {
        return SCHEDULER.schedule(() -> UIThread.run(onFx), delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
