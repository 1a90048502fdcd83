package org.swarmchat.swarm.exec;

import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * One layer of the request pipeline (STYLE rule 8): Retrying -> Batching -> SwarmRouting -> Onion (or Direct)
 * -> HttpTransport, each with one concern, built in one place ({@link RequestPipeline}). A layer classifies the
 * failures it sees into a {@link FailureDecision}, acts on the part that concerns it (striking a node, dropping
 * a path) and throws a specific {@link SwarmException} upwards; the outer layers decide whether to try again.
 *
 * <p>Calls block and are made from virtual threads; implementations are thread-safe.
 *
 * @param <Q> the request this layer takes
 * @param <R> what it returns
 */
@FunctionalInterface
public interface RequestExecutor<Q, R> {
    /**
     * Executes {@code request}, finishing by {@code deadline}.
     *
     * @throws SwarmException a specific subclass saying what failed
     */
    R execute(Q request, Deadline deadline) throws SwarmException;
}
