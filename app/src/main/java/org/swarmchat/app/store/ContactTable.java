package org.swarmchat.app.store;

import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The contacts. */
public interface ContactTable {
    /** The contact with this id, if any. */
    Optional<Contact> get(AccountId id);

    /** Every contact, by display name (those without one last), then by id. */
    List<Contact> all();

    /**
     * Inserts or replaces the contact. Publishes {@link StoreEvent.ContactChanged}, and
     * {@link StoreEvent.ConversationChanged} when a conversation with the contact exists (it shows the name).
     */
    void upsert(Contact contact);
}
