package org.swarmchat.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The {@code contacts} table; display names sealed, bound to the contact's account id. */
final class ContactDao implements ContactTable {
    static final String TABLE = "contacts";
    static final String NAME = "display_name";

    private static final String COLUMNS = "account_id, display_name_sealed, state, updated_at";
    private static final Comparator<Contact> ORDER = Comparator
            .comparing((Contact c) -> c.displayName().orElse(null),
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
            .thenComparing(Contact::accountId);

    private final Tx tx;

    ContactDao(Tx tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Contact> get(AccountId id) {
        return tx.db().queryOne("SELECT " + COLUMNS + " FROM contacts WHERE account_id = ?",
                ps -> ps.setString(1, id.hex()), this::map);
    }

    @Override
    public List<Contact> all() {
        return tx.db().query("SELECT " + COLUMNS + " FROM contacts", ps -> { }, this::map).stream()
                .sorted(ORDER).toList();
    }

    @Override
    public void upsert(Contact contact) {
        tx.requireWritable();
        String id = contact.accountId().hex();
        tx.db().update("INSERT INTO contacts (" + COLUMNS + ") VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE "
                + "SET display_name_sealed = excluded.display_name_sealed, state = excluded.state, "
                + "updated_at = excluded.updated_at", ps -> {
                    ps.setString(1, id);
                    ps.setBytes(2, contact.displayName().map(n -> tx.sealer().sealText(n, TABLE, NAME, id))
                            .orElse(null));
                    ps.setString(3, contact.state().name());
                    ps.setLong(4, contact.updatedAt().toEpochMilli());
                });
        tx.record(new StoreEvent.ContactChanged(contact.accountId()));
        if (tx.db().queryLong("SELECT count(*) FROM conversations WHERE peer = ?", ps -> ps.setString(1, id), 0) > 0) {
            tx.record(new StoreEvent.ConversationChanged(contact.accountId()));
        }
    }

    /** Opens a contact's sealed display name, or empty when it has none. */
    Optional<String> openName(byte[] sealed, String accountId) {
        return sealed == null ? Optional.empty() : Optional.of(tx.sealer().openText(sealed, TABLE, NAME, accountId));
    }

    private Contact map(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        return new Contact(AccountId.parse(id), openName(rs.getBytes(2), id), ContactState.valueOf(rs.getString(3)),
                Instant.ofEpochMilli(rs.getLong(4)));
    }
}
