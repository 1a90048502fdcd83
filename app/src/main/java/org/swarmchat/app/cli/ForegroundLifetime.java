package org.swarmchat.app.cli;

/**
 * What ends a command that runs in the foreground, such as {@code swarmchat devnet}: Ctrl-C or a kill in real
 * use ({@link UntilShutdown}), the test itself in tests.
 */
interface ForegroundLifetime {
    /**
     * Blocks until the process is asked to stop, runs {@code stop} once, and returns after it has run.
     *
     * @throws InterruptedException if the waiting thread is interrupted ({@code stop} has then not run)
     */
    void runUntilStopped(Runnable stop) throws InterruptedException;
}
