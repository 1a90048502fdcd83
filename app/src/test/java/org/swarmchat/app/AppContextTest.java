package org.swarmchat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.app.config.AppSettingsFile;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.DesktopApp;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.Profiles;
import org.swarmchat.app.core.SendSettings;
import org.swarmchat.devnet.LocalDevnet;

/** The composition root's start chain, without a window. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AppContextTest {
    private static final MessengerSettings SETTINGS = new MessengerSettings(
            new SendSettings(2, Duration.ofMillis(200), SendSettings.MESSAGE_TTL, 8), Duration.ofSeconds(1));
    private static LocalDevnet devnet;

    @TempDir
    Path data;

    @BeforeAll
    static void startDevnet() throws Exception {
        devnet = LocalDevnet.builder().nodes(10).start();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }

    /** A fresh reader of the data folder's settings file: it reads the file, not what the app holds. */
    private AppSettingsFile settingsFile() {
        return AppSettingsFile.in(DataDirectory.ofUser(Optional.of(data)));
    }

    private AppContext context() {
        return new AppContext(new AppContext.Options(DataDirectory.ofUser(Optional.of(data)),
                NetworkChoice.parse(devnet.seedUrl()), "default", Optional.empty(), SETTINGS, Clock.systemUTC(), true,
                Optional.empty()));
    }

    @Test
    void withoutAProfileItStopsAtOnboardingAndWritesNothing() throws Exception {
        try (AppContext context = context()) {
            assertThat(context.start().get(30, TimeUnit.SECONDS)).isEqualTo(AppState.NEEDS_ACCOUNT);
            assertThat(context.embeddedDevnet()).as("a devnet answers on the seed: none is started").isEmpty();
            assertThat(context.echoContact()).as("the well-known echo contact of a devnet").isPresent();
        }
        assertThat(Profile.exists(Profiles.folder(DataDirectory.ofUser(Optional.of(data)),
                NetworkChoice.parse(devnet.seedUrl()), "default"))).isFalse();
    }

    @Test
    void withAnAccountItOpensTheProfileConnectsAndStopsInOrder() throws Exception {
        Path folder = Profiles.folder(DataDirectory.ofUser(Optional.of(data)), NetworkChoice.parse(devnet.seedUrl()),
                "default");
        try (Profile p = Profile.open(folder, "default", Optional.empty(), Clock.systemUTC())) {
            p.accounts().create("Gail", new SecureRandom());
        }
        List<AppState> seen = new CopyOnWriteArrayList<>();
        AppContext context = context();
        context.state().addObserver(seen::add);
        assertThat(context.start().get(30, TimeUnit.SECONDS)).isEqualTo(AppState.READY);
        assertThat(context.messenger().identity().displayName()).isEqualTo("Gail");
        context.close();
        context.close();
        assertThat(seen).containsSubsequence(AppState.NEW, AppState.OPENING_PROFILE, AppState.CONNECTING,
                AppState.READY, AppState.STOPPING, AppState.STOPPED);
    }

    @Test
    void theNotificationsSwitchIsReadOnceAtStartAndChangedWhereItIsSaved() throws Exception {
        settingsFile().update(s -> s.withNotifications(false));
        try (AppContext context = context()) {
            context.start().get(30, TimeUnit.SECONDS);
            assertThat(context.notificationsOn().get()).as("read at start").isFalse();

            settingsFile().update(s -> s.withNotifications(true));
            assertThat(context.notificationsOn().get()).as("the file is not read again").isFalse();

            context.saveNotifications(true);
            assertThat(context.notificationsOn().get()).isTrue();
            context.saveNotifications(false);
            assertThat(context.notificationsOn().get()).isFalse();
            assertThat(settingsFile().read().notifications()).as("saved").isFalse();
        }
    }

    @Test
    void theCommandLineFindsTheDesktopApp() {
        assertThat(ServiceLoader.load(DesktopApp.class).findFirst()).get()
                .extracting(app -> app.getClass().getName()).isEqualTo("org.swarmchat.app.ui.SwarmchatDesktop");
    }
}
