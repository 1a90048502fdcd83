package org.swarmchat.app.store;

import java.time.Instant;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The {@code account} table: one row (id 1) at most; seed and display name sealed. */
final class AccountDao implements AccountTable {
    private static final String TABLE = "account";

    private final Tx tx;

    AccountDao(Tx tx) {
        this.tx = tx;
    }

    @Override
    public Optional<AccountRecord> get() {
        return tx.db().queryOne("SELECT account_id, seed_sealed, display_name_sealed, created_at FROM account "
                + "WHERE id = 1", ps -> { }, rs -> new AccountRecord(AccountId.parse(rs.getString(1)),
                        tx.sealer().open(rs.getBytes(2), TABLE, "seed", 1),
                        tx.sealer().openText(rs.getBytes(3), TABLE, "display_name", 1),
                        Instant.ofEpochMilli(rs.getLong(4))));
    }

    @Override
    public void create(AccountRecord account) {
        tx.requireWritable();
        if (tx.db().queryLong("SELECT count(*) FROM account") > 0) {
            throw new IllegalStateException("this profile already holds an account");
        }
        tx.db().update("INSERT INTO account (id, account_id, seed_sealed, display_name_sealed, created_at) "
                + "VALUES (1, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, account.accountId().hex());
                    ps.setBytes(2, tx.sealer().seal(account.seed(), TABLE, "seed", 1));
                    ps.setBytes(3, tx.sealer().sealText(account.displayName(), TABLE, "display_name", 1));
                    ps.setLong(4, account.createdAt().toEpochMilli());
                });
        tx.record(new StoreEvent.AccountChanged());
    }

    @Override
    public void setDisplayName(String name) {
        tx.requireWritable();
        int changed = tx.db().update("UPDATE account SET display_name_sealed = ? WHERE id = 1",
                ps -> ps.setBytes(1, tx.sealer().sealText(name, TABLE, "display_name", 1)));
        if (changed == 0) {
            throw new IllegalStateException("this profile holds no account to rename");
        }
        tx.record(new StoreEvent.AccountChanged());
    }
}
