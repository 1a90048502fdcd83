package org.swarmchat.app.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/**
 * A contact. The display name is sealed on disk.
 *
 * @param accountId the contact's account
 * @param displayName the name the contact goes by, if known
 * @param state accepted, request or blocked
 * @param updatedAt when the row last changed
 */
public record Contact(AccountId accountId, Optional<String> displayName, ContactState state, Instant updatedAt) {
    /** Checks for nulls. */
    public Contact {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
