package org.swarmchat.app.chaos;

import java.util.Map;

/**
 * What a chaos run counted.
 *
 * @param seed the seed that replays the run's choices
 * @param seconds how long messages were sent while faults were injected
 * @param nodesAtStart devnet nodes at the start
 * @param nodesAtEnd devnet nodes at the end
 * @param sent messages committed by the senders
 * @param stored messages the senders report stored on at least one swarm member
 * @param delivered stored messages found in the recipient's history exactly once
 * @param failedShown messages the senders show as failed (retryable)
 * @param failedButDelivered failed messages that reached the recipient anyway (a store that timed out after the
 *     swarm kept it); not a loss, not a duplicate
 * @param lost stored messages missing at the recipient (goal 0)
 * @param duplicated messages the recipient shows more than once (goal 0)
 * @param unresolved messages neither stored nor failed at the end (goal 0)
 * @param faults faults injected, by kind
 */
record ChaosReport(long seed, long seconds, int nodesAtStart, int nodesAtEnd, int sent, int stored, int delivered,
        int failedShown, int failedButDelivered, int lost, int duplicated, int unresolved,
        Map<String, Integer> faults) {

    int faultCount() {
        return faults.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append("chaos run: seed ").append(seed).append(", ").append(seconds).append(" s of traffic, nodes ")
                .append(nodesAtStart).append(" -> ").append(nodesAtEnd).append('\n')
                .append("  sent ").append(sent).append(", stored ").append(stored).append(", delivered ")
                .append(delivered).append(", failed and shown ").append(failedShown).append(" (of which delivered ")
                .append(failedButDelivered).append("), lost ").append(lost).append(", duplicated ")
                .append(duplicated).append(", unresolved ").append(unresolved).append('\n')
                .append("  faults injected: ").append(faultCount()).append('\n');
        faults.forEach((kind, n) -> text.append("    ").append(kind).append(": ").append(n).append('\n'));
        return text.toString();
    }
}
