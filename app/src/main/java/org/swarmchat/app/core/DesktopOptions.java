package org.swarmchat.app.core;

import java.util.Objects;
import java.util.Optional;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;

/**
 * What the command line tells the desktop app.
 *
 * @param data the data folder
 * @param network the network {@code --network} names, if given; else the desktop app joins the one saved in its
 *     settings
 * @param profileName the profile to open
 * @param password unlocks (or, for a new profile, locks) the profile's database key
 */
public record DesktopOptions(DataDirectory data, Optional<NetworkChoice> network, String profileName,
        Optional<char[]> password) {
    /** Checks that nothing is missing. */
    public DesktopOptions {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(password, "password");
    }
}
