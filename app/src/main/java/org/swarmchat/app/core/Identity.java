package org.swarmchat.app.core;

import java.util.Objects;
import org.swarmchat.app.store.AccountRecord;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.keys.RecoveryPassword;

/**
 * The account a profile speaks as: its Account ID, its signing keys and the display name it attaches to what it
 * sends.
 *
 * @param accountId {@code 05} + the X25519 public key
 * @param keys the Ed25519 key pair that signs, and whose X25519 form opens, this account's messages
 * @param displayName the name others see
 */
public record Identity(AccountId accountId, Ed25519KeyPair keys, String displayName) {
    /** Checks that nothing is missing. */
    public Identity {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(displayName, "displayName");
    }

    /**
     * The identity of a stored account: a 16-byte seed is a recovery-password seed (SPEC §5.1), a 32-byte one
     * an Ed25519 seed.
     *
     * @throws IllegalStateException if the stored seed does not give the stored Account ID (a damaged record)
     */
    public static Identity of(AccountRecord account) {
        byte[] seed = account.seed();
        Ed25519KeyPair keys = seed.length == RecoveryPassword.SEED_LENGTH
                ? RecoveryPassword.keyPairOf(seed)
                : Ed25519KeyPair.fromSeed(seed);
        AccountId derived = AccountId.of(keys);
        if (!derived.equals(account.accountId())) {
            throw new IllegalStateException("the stored seed gives " + derived.shortForm() + ", not the stored"
                    + " account " + account.accountId().shortForm() + ": the account record is damaged");
        }
        return new Identity(derived, keys, account.displayName());
    }
}
