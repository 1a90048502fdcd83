package org.swarmchat.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Swarmchat keeps its data: {@code --data-dir} when given, else {@code $XDG_DATA_HOME/swarmchat}, else
 * {@code ~/.local/share/swarmchat} (the XDG base directory rules). Each network has its own folder below it, so
 * that switching networks never mixes their accounts, messages or node pools.
 */
public final class DataDirectory {
    private final Path root;

    private DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder {@code --data-dir} names, or the XDG default of {@code environment} and {@code home}. */
    public static DataDirectory resolve(Optional<Path> given, Map<String, String> environment, Path home) {
        if (given.isPresent()) {
            return new DataDirectory(given.get());
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG rules say a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataDirectory(Path.of(xdg, "swarmchat"));
        }
        return new DataDirectory(home.resolve(".local/share/swarmchat"));
    }

    /** The data folder of the running user, as {@link #resolve} finds it. */
    public static DataDirectory ofUser(Optional<Path> given) {
        return resolve(given, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The top folder. */
    public Path root() {
        return root;
    }

    /** The folder of one network's data. */
    public Path network(NetworkChoice network) {
        return root.resolve(network.name());
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
