package org.swarmchat.app.ui.settings;

/** The kinds of network the settings page offers. */
enum NetworkOption {
    /** The local devnet (the default). */
    DEVNET,
    /** The real Session network. */
    MAINNET,
    /** A network reached through a seed URL the user types. */
    CUSTOM
}
