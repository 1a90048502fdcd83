package org.swarmchat.app.cli;

import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.InvalidAccountIdException;

/** Reads an Account ID that a person typed, with an error that says what is wrong with it. */
final class AccountIds {
    private AccountIds() {
    }

    static AccountId parse(String what, String text) {
        try {
            return AccountId.parse(text == null ? "" : text.strip());
        } catch (InvalidAccountIdException e) {
            throw new UserInputException(what + ": " + e.getMessage(), e);
        }
    }
}
