package org.swarmchat.app.store;

import java.util.Optional;

/** The profile's account: a profile holds at most one. */
public interface AccountTable {
    /** The account, if one was created. */
    Optional<AccountRecord> get();

    /**
     * Creates the account. Publishes {@link StoreEvent.AccountChanged}.
     *
     * @throws IllegalStateException if the profile already has one
     */
    void create(AccountRecord account);

    /**
     * Renames the account. Publishes {@link StoreEvent.AccountChanged}.
     *
     * @throws IllegalStateException if there is no account
     */
    void setDisplayName(String name);
}
