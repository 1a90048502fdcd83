package org.swarmchat.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.Profiles;

/** Opens the profile the global options name: {@code --data-dir}, {@code --network}, {@code --profile}. */
final class ProfileAccess {
    static final String PASSWORD_VARIABLE = "SWARMCHAT_PASSWORD";

    private ProfileAccess() {
    }

    /** The folder of the named profile. */
    static Path folder(SwarmchatCommand root) {
        return Profiles.folder(root.dataDirectory(), root.network(), root.profileName());
    }

    /**
     * Opens a profile that exists.
     *
     * @throws UserInputException if it does not, saying how to create it (nothing is written)
     */
    static Profile openExisting(SwarmchatCommand root) {
        Path folder = folder(root);
        if (!Profile.exists(folder)) {
            throw new UserInputException("there is no profile '" + root.profileName() + "' on "
                    + root.network().name() + " in " + root.dataDirectory() + ": create an account with"
                    + " `swarmchat account create --name NAME` or restore one with `swarmchat account restore`");
        }
        return Profile.open(folder, root.profileName(), password(root), Clock.systemUTC());
    }

    /** Opens the named profile, creating it if absent. */
    static Profile openOrCreate(SwarmchatCommand root) {
        return Profile.open(folder(root), root.profileName(), password(root), Clock.systemUTC());
    }

    /** The password of {@code --password-file}, else of {@value #PASSWORD_VARIABLE}, else none. */
    static Optional<char[]> password(SwarmchatCommand root) {
        Optional<Path> file = root.passwordFile();
        if (file.isPresent()) {
            try {
                List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.getFirst().isEmpty()) {
                    throw new UserInputException("--password-file " + file.get() + " is empty");
                }
                return Optional.of(lines.getFirst().toCharArray());
            } catch (IOException e) {
                throw new UserInputException("--password-file: cannot read " + file.get() + ": " + e.getMessage(), e);
            }
        }
        String variable = System.getenv(PASSWORD_VARIABLE);
        return variable == null || variable.isEmpty() ? Optional.empty() : Optional.of(variable.toCharArray());
    }
}
