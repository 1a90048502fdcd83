package org.swarmchat.app.core;

import org.swarmchat.crypto.AccountId;

/** A message to a blocked account was refused; nothing was written. */
public final class BlockedContactException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code peer} is blocked. */
    public BlockedContactException(AccountId peer) {
        super(peer.hex() + " is blocked: unblock it first (`swarmchat unblock " + peer.hex() + "`)");
    }
}
