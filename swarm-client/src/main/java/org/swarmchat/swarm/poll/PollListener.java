package org.swarmchat.swarm.poll;

import java.util.List;
import org.swarmchat.swarm.api.SwarmException;

/**
 * Receives what the poller finds. Called on the poller's virtual thread, one call per poll with new messages;
 * a slow listener delays the next poll, so hand heavy work (decryption, SQL) to the right executor.
 */
public interface PollListener {
    /** New messages, each delivered once, in the order the swarm stored them per namespace. */
    void onMessages(List<PolledMessage> messages);

    /** A poll failed on every member asked; the poller backs off. Default: ignore (the poller logs it). */
    default void onPollFailed(SwarmException failure) {
    }
}
