package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.app.ui.UiTests.text;
import static org.swarmchat.app.ui.UiTests.visible;
import static org.swarmchat.app.ui.UiTests.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window opens before anything starts; a locked profile asks for its password; a start that fails says why
 * instead of freezing.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartupTest {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.ofNodes(5);

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, String profile) {
        context = ui.context(profile);
        robot.interact(() -> new AppWindow(context).show(stage));
    }

    @Test
    void aLockedProfileAsksForItsPasswordAndSaysWhenItIsWrong(FxRobot robot) {
        String profile = "locked" + System.nanoTime();
        try (Profile p = Profile.open(ui.folder(profile), profile,
                Optional.of("correct horse".toCharArray()), Clock.systemUTC())) {
            p.accounts().create("Hana", new SecureRandom());
        }
        open(robot, profile);
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Swarmchat");
        assertThat(text(robot, "#startupStep")).as("the window is up before anything starts").isEqualTo("Starting…");

        context.start();
        waitFor(context, AppState.NEEDS_PASSWORD);
        robot.clickOn("#passwordField").write("wrong horse");
        robot.clickOn("#unlockButton");
        UiTests.waitUntil(() -> text(robot, "#unlockError").contains("does not unlock"));
        assertThat(context.state().get()).isEqualTo(AppState.NEEDS_PASSWORD);

        robot.clickOn("#passwordField").write("correct horse");
        robot.clickOn("#unlockButton");
        waitFor(context, AppState.READY);
        UiTests.waitUntil(() -> text(robot, "#ownName").equals("Hana"));
    }

    @Test
    void aStartThatFailsSaysWhyAndOffersToTryAgain(FxRobot robot) throws Exception {
        String profile = "damaged" + System.nanoTime();
        Path folder = ui.folder(profile);
        Files.createDirectories(folder);
        byte[] garbage = new byte[8192];
        new SecureRandom().nextBytes(garbage);
        Files.write(folder.resolve(Store.DATABASE_FILE), garbage);
        open(robot, profile);

        context.start();
        waitFor(context, AppState.FAILED);
        UiTests.waitUntil(() -> text(robot, "#startupStep").equals("Swarmchat could not start"));
        assertThat(text(robot, "#startupDetail")).isNotBlank();
        assertThat(visible(robot, "#tryAgainButton")).isTrue();
    }
}
