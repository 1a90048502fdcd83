package org.swarmchat.app.cli;

import java.util.concurrent.CountDownLatch;

/** A foreground command's lifetime that the test ends, in place of Ctrl-C (which a test cannot send to itself). */
final class StopOnDemand implements ForegroundLifetime {
    private final CountDownLatch requested = new CountDownLatch(1);

    @Override
    public void runUntilStopped(Runnable stop) throws InterruptedException {
        requested.await();
        stop.run();
    }

    /** Ends the command as Ctrl-C would. */
    void stop() {
        requested.countDown();
    }
}
