package org.swarmchat.app.store;

import java.time.Instant;
import java.util.Objects;
import org.swarmchat.crypto.AccountId;

/**
 * The profile's account as stored. The seed and the display name are sealed on disk.
 *
 * @param accountId the account's id
 * @param seed the 16-byte recovery-password seed or a 32-byte seed; copied in and out
 * @param displayName the name shown to others
 * @param createdAt when the account was created
 */
public record AccountRecord(AccountId accountId, byte[] seed, String displayName, Instant createdAt) {
    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the seed is neither 16 nor 32 bytes
     */
    public AccountRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        if (seed == null || seed.length != 16 && seed.length != 32) {
            throw new IllegalArgumentException("an account seed is 16 or 32 bytes");
        }
        seed = seed.clone();
    }

    /** A copy of the seed. */
    @Override
    public byte[] seed() {
        return seed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountRecord r && accountId.equals(r.accountId) && java.util.Arrays.equals(seed, r.seed)
                && displayName.equals(r.displayName) && createdAt.equals(r.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, java.util.Arrays.hashCode(seed), displayName, createdAt);
    }

    /** Leaves the seed out. */
    @Override
    public String toString() {
        return "AccountRecord[" + accountId + ", " + displayName + ", " + createdAt + "]";
    }
}
