package org.swarmchat.app.store;

/** Whether a message came in or went out. */
public enum Direction {
    /** Received from the peer. */
    IN,
    /** Sent by the account. */
    OUT
}
