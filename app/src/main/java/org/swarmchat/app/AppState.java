package org.swarmchat.app;

/** Where the app stands as it starts and stops; the window shows each state. */
public enum AppState {
    /** Nothing started yet. */
    NEW,
    /** Starting the embedded devnet (no devnet answered on its seed port). */
    STARTING_DEVNET,
    /** Opening the profile's encrypted store. */
    OPENING_PROFILE,
    /** The profile's database key is locked with a password that was not given, or not the right one. */
    NEEDS_PASSWORD,
    /** The profile has no account: onboarding creates or restores one. */
    NEEDS_ACCOUNT,
    /** Bootstrapping: node pool, onion paths, the own swarm. */
    CONNECTING,
    /** Connected (or trying in the background): the main window. */
    READY,
    /** A start step failed; {@link AppContext#failure()} says why. */
    FAILED,
    /** Stopping services in reverse order. */
    STOPPING,
    /** Everything stopped. */
    STOPPED
}
