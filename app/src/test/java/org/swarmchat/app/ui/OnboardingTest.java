package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.app.ui.UiTests.text;
import static org.swarmchat.app.ui.UiTests.visible;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.core.Profile;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.RecoveryPassword;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Onboarding on a real scene: create an account, restore one, and refuse a wrong recovery password. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OnboardingTest {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.withEchoContact();

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = ui.context("p" + System.nanoTime());
        UiTests.show(context, stage);
    }

    @Test
    void createsAnAccountShowsItsRecoveryPasswordAndOpensTheMainWindow(FxRobot robot) {
        waitFor(context, AppState.NEEDS_ACCOUNT);
        assertThat(robot.window(0).getScene().getWindow()).isInstanceOf(Stage.class);
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Swarmchat");
        robot.clickOn("#createAccountButton");
        robot.clickOn("#displayNameField").write("Alice");
        robot.clickOn("#continueButton");

        waitUntil(() -> !text(robot, "#recoveryPassword").isEmpty());
        String words = text(robot, "#recoveryPassword");
        assertThat(words.split(" ")).hasSize(RecoveryPassword.ACCOUNT_WORD_COUNT);
        assertThat(context.state().get()).as("nothing connects before the words are saved")
                .isEqualTo(AppState.NEEDS_ACCOUNT);
        robot.clickOn("#copyRecoveryPasswordButton");
        assertThat(text(robot, "#copyRecoveryPasswordButton")).isEqualTo("Copied");

        robot.clickOn("#savedButton");
        waitFor(context, AppState.READY);
        waitUntil(() -> text(robot, "#ownName").equals("Alice"));
        assertThat(context.profile().accounts().recoveryPassword()).contains(words);
        waitUntil(() -> visible(robot, "#echoButton"));
    }

    @Test
    void restoresAnAccountFromItsRecoveryPassword(FxRobot robot) {
        byte[] seed = RecoveryPassword.newSeed(new SecureRandom());
        String words = RecoveryPassword.encode(seed);
        AccountId expected = AccountId.of(RecoveryPassword.keyPairOf(seed));

        waitFor(context, AppState.NEEDS_ACCOUNT);
        robot.clickOn("#restoreAccountButton");
        robot.clickOn("#recoveryPasswordField").write(words);
        waitUntil(() -> text(robot, "#recoveryPasswordError").isEmpty());
        robot.clickOn("#restoreNameField").write("Bob");
        robot.clickOn("#restoreButton");

        waitFor(context, AppState.READY);
        assertThat(context.profile().identity().accountId()).isEqualTo(expected);
        waitUntil(() -> text(robot, "#ownName").equals("Bob"));
    }

    @Test
    void namesTheUnknownWordOfAWrongRecoveryPasswordAndWritesNothing(FxRobot robot) {
        String words = RecoveryPassword.encode(RecoveryPassword.newSeed(new SecureRandom()));
        String[] split = words.split(" ");
        split[3] = "qzxwv";
        String wrong = String.join(" ", split);

        waitFor(context, AppState.NEEDS_ACCOUNT);
        robot.clickOn("#restoreAccountButton");
        robot.clickOn("#recoveryPasswordField").write(wrong);
        waitUntil(() -> text(robot, "#recoveryPasswordError").contains("qzxwv"));
        assertThat(text(robot, "#recoveryPasswordError")).contains("word 4");
        robot.clickOn("#restoreButton");

        assertThat(text(robot, "#recoveryPasswordError")).contains("qzxwv");
        assertThat(context.state().get()).isEqualTo(AppState.NEEDS_ACCOUNT);
        Path folder = ui.folder(context.options().profileName());
        assertThat(Profile.exists(folder)).as("nothing is written for a wrong recovery password").isFalse();

        // A wrong checksum is named too.
        String[] swapped = words.split(" ");
        String last = swapped[swapped.length - 1];
        swapped[swapped.length - 1] = swapped[0].equals(last) ? swapped[1] : swapped[0];
        robot.interact(() -> robot.lookup("#recoveryPasswordField").queryAs(TextInputControl.class)
                .setText(String.join(" ", swapped)));
        waitUntil(() -> text(robot, "#recoveryPasswordError").contains("checksum"));
        assertThat(Profile.exists(folder)).isFalse();
    }
}
