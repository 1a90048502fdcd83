package org.swarmchat.app.cli;

/** The exit statuses of every command. Scripts rely on them. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Bad input, or the command failed; one line on stderr says why. */
    public static final int FAILURE = 1;

    private ExitCodes() {
    }
}
