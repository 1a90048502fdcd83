package org.swarmchat.app.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.swarmchat.app.store.AccountRecord;
import org.swarmchat.app.store.Store;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException;
import org.swarmchat.crypto.keys.RecoveryPassword;

/**
 * Creates, restores and reads the one account of a profile. A profile holds at most one account; its seed is kept
 * sealed in the store, and the recovery password is given back once, at creation.
 */
public final class Accounts {
    private final Store store;
    private final Clock clock;

    /** Accounts of the profile whose store is {@code store}. */
    public Accounts(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A new account and the recovery password that restores it, shown to the user once.
     *
     * @param identity the account
     * @param recoveryPassword its 13 words
     */
    public record Created(Identity identity, String recoveryPassword) {
    }

    /**
     * Makes a new account from a fresh seed.
     *
     * @throws IllegalArgumentException if the display name breaks {@link DisplayNames}' rules
     * @throws AccountExistsException if the profile already has an account (nothing is written)
     */
    public Created create(String displayName, SecureRandom random) {
        String name = DisplayNames.check(displayName);
        byte[] seed = RecoveryPassword.newSeed(random);
        try {
            Identity identity = save(seed, name);
            return new Created(identity, RecoveryPassword.encode(seed));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /**
     * Restores the account of a recovery password, named {@code displayName} or, without one, by its short Account
     * ID.
     *
     * @throws InvalidRecoveryPasswordException naming the unknown word, the bad checksum or the wrong count
     * @throws IllegalArgumentException if the display name breaks {@link DisplayNames}' rules
     * @throws AccountExistsException if the profile already has an account (nothing is written)
     */
    public Identity restore(String recoveryPassword, Optional<String> displayName)
            throws InvalidRecoveryPasswordException {
        Optional<String> name = displayName.map(DisplayNames::check);
        byte[] seed = RecoveryPassword.decodeAccountSeed(recoveryPassword);
        try {
            // Session restores the name from the account's config messages; until those are read here, the short
            // Account ID stands in, and `account rename` changes it.
            return save(seed, name.orElseGet(() -> AccountId.of(RecoveryPassword.keyPairOf(seed)).shortForm()));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** The profile's account, if it has one. */
    public Optional<Identity> find() {
        return store.read(tables -> tables.account().get()).map(Identity::of);
    }

    /** The recovery password of the profile's account, if it was made from one (every Session account is). */
    public Optional<String> recoveryPassword() {
        return store.read(tables -> tables.account().get())
                .map(AccountRecord::seed)
                .filter(seed -> seed.length == RecoveryPassword.SEED_LENGTH)
                .map(RecoveryPassword::encode);
    }

    /**
     * Changes the display name sent with every later message.
     *
     * @throws IllegalArgumentException if the name breaks {@link DisplayNames}' rules
     */
    public void rename(String displayName) {
        String name = DisplayNames.check(displayName);
        store.writeAndWait(tables -> {
            tables.account().setDisplayName(name);
            return null;
        });
    }

    private Identity save(byte[] seed, String name) {
        Ed25519KeyPair keys = RecoveryPassword.keyPairOf(seed);
        AccountId id = AccountId.of(keys);
        AccountRecord record = new AccountRecord(id, seed, name, clock.instant());
        store.writeAndWait(tables -> {
            Optional<AccountRecord> existing = tables.account().get();
            if (existing.isPresent()) {
                throw new AccountExistsException(existing.get().accountId());
            }
            tables.account().create(record);
            return null;
        });
        return new Identity(id, keys, name);
    }
}
