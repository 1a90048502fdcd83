package org.swarmchat.app.store;

/** Where a contact stands with the account. */
public enum ContactState {
    /** A contact the user accepted or wrote to. */
    ACCEPTED,
    /** Someone who wrote first and is not accepted yet. */
    REQUEST,
    /** Someone whose messages are dropped. */
    BLOCKED
}
