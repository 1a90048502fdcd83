package org.swarmchat.app.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Runs until the JVM shuts down: Ctrl-C (SIGINT), SIGTERM or the end of the session. The stop action runs in a
 * shutdown hook, so it completes before the JVM exits; the JVM waits for hooks, not for the command's thread.
 */
final class UntilShutdown implements ForegroundLifetime {
    @Override
    public void runUntilStopped(Runnable stop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                stop.run();
            } finally {
                stopped.countDown();
            }
        }, "swarmchat-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Not stopping after all: the hook must not run a second stop later.
            Runtime.getRuntime().removeShutdownHook(hook);
            throw e;
        }
    }
}
