package org.swarmchat.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.Profiles;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.devnet.LocalDevnet;

/**
 * The set-up the UI test classes share, as a JUnit extension: one devnet per test class (started before its first
 * test, stopped after its last), a data folder for its profiles (deleted after its last test), and the app contexts
 * its tests open on that devnet, each closed after the test that opened it (after the class's {@code @AfterEach}
 * methods). Register it in a static field, and open the app in the class's TestFX {@code @Start} method:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final UiDevnet ui = UiDevnet.withEchoContact();
 *
 * @Start
 * void start(Stage stage) {
 *     ui.createAccount(profile, "Carol");
 *     context = ui.context(profile);
 *     UiTests.show(context, stage);
 * }
 * }</pre>
 */
final class UiDevnet implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private final Callable<LocalDevnet> starter;
    private final List<AppContext> opened = new CopyOnWriteArrayList<>();
    private volatile LocalDevnet devnet;
    private volatile Path data;

    private UiDevnet(Callable<LocalDevnet> starter) {
        this.starter = starter;
    }

    /** A devnet of 25 nodes whose echo contact answers quickly. */
    static UiDevnet withEchoContact() {
        return new UiDevnet(() -> LocalDevnet.builder().nodes(25).echoContact(true)
                .echoPollInterval(Duration.ofMillis(200)).start());
    }

    /** A devnet of {@code nodes} nodes, without an echo contact. */
    static UiDevnet ofNodes(int nodes) {
        return new UiDevnet(() -> LocalDevnet.builder().nodes(nodes).start());
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        data = Files.createTempDirectory("swarmchat-ui");
        devnet = starter.call();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        closeOpened();
    }

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
        closeOpened();
        if (devnet != null) {
            devnet.close();
        }
        if (data != null) {
            delete(data);
        }
    }

    /** The test class's devnet. */
    LocalDevnet devnet() {
        return devnet;
    }

    /** The test class's data folder, shared by its tests (each makes profiles of its own names in it). */
    Path data() {
        return data;
    }

    /** A data folder of its own under the class's, for a test that needs one (the settings file is per folder). */
    Path newDataFolder() {
        return data.resolve("data" + System.nanoTime());
    }

    /** Creates profile {@code profile} in the class's data folder with an account named {@code name}. */
    AccountId createAccount(String profile, String name) {
        return createAccount(data, profile, name);
    }

    /** Creates profile {@code profile} under {@code folder} with an account named {@code name}, as a run would. */
    AccountId createAccount(Path folder, String profile, String name) {
        try (Profile p = Profile.open(folder(folder, profile), profile, Optional.empty(), Clock.systemUTC())) {
            return p.accounts().create(name, new SecureRandom()).identity().accountId();
        }
    }

    /** The folder of profile {@code profile} in the class's data folder, on the devnet. */
    Path folder(String profile) {
        return folder(data, profile);
    }

    /** The folder of profile {@code profile} under data folder {@code folder}, on the devnet. */
    Path folder(Path folder, String profile) {
        return Profiles.folder(DataDirectory.ofUser(Optional.of(folder)), network(), profile);
    }

    /** An app context for profile {@code profile} in the class's data folder; closed after the test. */
    AppContext context(String profile) {
        return context(data, profile);
    }

    /** An app context for profile {@code profile} under data folder {@code folder}; closed after the test. */
    AppContext context(Path folder, String profile) {
        AppContext context = new AppContext(new AppContext.Options(DataDirectory.ofUser(Optional.of(folder)),
                network(), profile, Optional.empty(), UiTests.SETTINGS, Clock.systemUTC(), false,
                devnet.echoAccountId()));
        opened.add(context);
        return context;
    }

    private NetworkChoice network() {
        return NetworkChoice.parse(devnet.seedUrl());
    }

    /** Closes the contexts opened so far, the last opened first. {@link AppContext#close()} is idempotent. */
    private void closeOpened() {
        List<AppContext> contexts = new ArrayList<>(opened);
        opened.removeAll(contexts);
        contexts.reversed().forEach(AppContext::close);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
