package org.swarmchat.swarm.api;

import java.util.Objects;

/**
 * What one swarm member reported for a swarm-replicated request ({@code store}, {@code delete}, {@code expire};
 * SPEC §3.2): either its result, with whether its signature over that result verified, or why it failed.
 *
 * @param <T> the per-node result
 */
public sealed interface NodeResult<T> {
    /** Whether the member did what was asked and signed it correctly. */
    boolean isConfirmed();

    /**
     * The member's result.
     *
     * @param value what it reported
     * @param signatureValid whether its Ed25519 signature over the result verified with its key
     */
    record Success<T>(T value, boolean signatureValid) implements NodeResult<T> {
        /** Checks the value is present. */
        public Success {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isConfirmed() {
            return signatureValid;
        }
    }

    /**
     * The member failed: {@code "timeout"}, {@code "code 401: …"}, {@code "bad peer response"} or
     * {@code "query failure"}, as the entry node reported it.
     *
     * @param reason why
     */
    record Failure<T>(String reason) implements NodeResult<T> {
        /** Checks the reason is present. */
        public Failure {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isConfirmed() {
            return false;
        }
    }
}
