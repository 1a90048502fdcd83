package org.swarmchat.app;

import org.swarmchat.app.cli.SwarmchatCommand;

/** The entry point of the {@code swarmchat} launcher and of the packaged app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SwarmchatCommand.run(args));
    }
}
