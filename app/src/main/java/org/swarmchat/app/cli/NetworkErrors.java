package org.swarmchat.app.cli;

import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.swarm.api.SnodePoolUnavailableException;

/** Says what a network failure means for the person at the command line. */
final class NetworkErrors {
    private NetworkErrors() {
    }

    /** An exception whose message says what failed and, where it can, what to do. */
    static RuntimeException explain(Throwable failure, NetworkChoice network) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SnodePoolUnavailableException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SnodePoolUnavailableException && network.embeddedDevnet()) {
            return new IllegalStateException("no devnet answers at " + network.seeds().getFirst()
                    + ": start one with `swarmchat devnet`, or choose another with --network", failure);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(failure.getMessage() == null ? failure.toString() : failure.getMessage(),
                failure);
    }
}
