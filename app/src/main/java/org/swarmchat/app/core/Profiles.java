package org.swarmchat.app.core;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;

/**
 * Where each profile lives: {@code <data folder>/<network>/profiles/<name>/}, one account and one database per
 * profile, so that two people (or two test accounts) can use one machine, and networks never mix.
 */
public final class Profiles {
    /** The profile used when none is named. */
    public static final String DEFAULT = "default";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Profiles() {
    }

    /**
     * The name, if it is a safe folder name.
     *
     * @throws IllegalArgumentException saying which characters a profile name may hold
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a profile name is 1 to 64 letters, digits, '.', '_' or '-', starting"
                    + " with a letter or digit; got '" + name + "'");
        }
        return name;
    }

    /** The folder of profile {@code name} on {@code network}. */
    public static Path folder(DataDirectory data, NetworkChoice network, String name) {
        return data.network(network).resolve("profiles").resolve(checkName(name));
    }
}
