package org.swarmchat.app.core;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.swarmchat.app.config.NetworkChoice;

/** Test profiles on a devnet: each in its own folder, with an account, connected on demand. */
final class TestProfiles {
    static final MessengerSettings SETTINGS = new MessengerSettings(
            new SendSettings(3, Duration.ofMillis(300), SendSettings.MESSAGE_TTL, 8), Duration.ofSeconds(1));

    private TestProfiles() {
    }

    /** Creates a profile named {@code name} under {@code root} with an account of that display name. */
    static Profile create(Path root, String name) {
        Profile profile = Profile.open(root.resolve(name), name, Optional.empty(), Clock.systemUTC());
        profile.accounts().create(name, new SecureRandom());
        return profile;
    }

    /** Reopens the profile created by {@link #create}. */
    static Profile reopen(Path root, String name) {
        return Profile.open(root.resolve(name), name, Optional.empty(), Clock.systemUTC());
    }

    static MessengerService connect(Profile profile, String seedUrl) {
        return profile.connect(NetworkChoice.parse(seedUrl), SETTINGS);
    }
}
