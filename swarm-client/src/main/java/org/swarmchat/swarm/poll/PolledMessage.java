package org.swarmchat.swarm.poll;

import java.util.Objects;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.RetrievedMessage;

/**
 * A new message found by the poller.
 *
 * @param pubkey the polled account's 66-hex pubkey
 * @param namespace where it was found
 * @param message the message as stored
 */
public record PolledMessage(String pubkey, Namespace namespace, RetrievedMessage message) {
    /** Checks the members. */
    public PolledMessage {
        Objects.requireNonNull(pubkey, "pubkey");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(message, "message");
    }
}
