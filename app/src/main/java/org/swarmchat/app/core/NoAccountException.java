package org.swarmchat.app.core;

/** The profile has no account yet; the message says how to make one. */
public final class NoAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** For the profile in {@code profile}. */
    public NoAccountException(String profile) {
        super("profile '" + profile + "' has no account yet: create one with `swarmchat account create --name NAME`"
                + " or restore one with `swarmchat account restore`");
    }
}
