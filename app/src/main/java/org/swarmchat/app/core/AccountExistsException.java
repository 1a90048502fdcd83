package org.swarmchat.app.core;

import org.swarmchat.crypto.AccountId;

/** The profile already holds an account; a profile holds one. */
public final class AccountExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The profile holds {@code existing}. */
    public AccountExistsException(AccountId existing) {
        super("this profile already holds account " + existing.hex() + "; use another profile (--profile NAME)");
    }
}
