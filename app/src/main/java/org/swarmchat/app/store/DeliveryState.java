package org.swarmchat.app.store;

/** Where a message stands: {@code PENDING -> SENDING -> STORED(n) | FAILED} going out, {@code RECEIVED} coming in. */
public enum DeliveryState {
    /** Committed, not yet handed to the network. */
    PENDING,
    /** A store request is under way. */
    SENDING,
    /** Stored on {@code storedOn} swarm members. */
    STORED,
    /** Gave up after the retry budget; retryable. */
    FAILED,
    /** An incoming message. */
    RECEIVED
}
