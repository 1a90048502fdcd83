package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.swarmchat.app.ui.UiTests.fx;
import static org.swarmchat.app.ui.UiTests.text;
import static org.swarmchat.app.ui.UiTests.visible;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import com.sun.javafx.stage.WindowHelper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.config.AppSettingsFile;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.core.ReceivedMessage;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.ui.notify.Notification;
import org.swarmchat.crypto.AccountId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notifications of new messages in the real window against a devnet, whose echo contact answers each message. The
 * headless test desktop has no notification service, so they go to the window's own notifier; the test records
 * what reaches it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class NotificationsTest {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.withEchoContact();

    private final List<Notification> shown = new CopyOnWriteArrayList<>();
    private AppContext context;
    private Stage stage;
    private Path data;

    @Start
    void start(Stage primary) {
        stage = primary;
        data = ui.newDataFolder();
        String profile = "p" + System.nanoTime();
        ui.createAccount(data, profile, "Jo");
        context = ui.context(data, profile);
        AppWindow window = new AppWindow(context, Optional.empty(), inApp -> notification -> {
            shown.add(notification);
            inApp.show(notification);
        });
        window.show(stage);
        context.start();
    }

    @Test
    void aMessageWhileTheWindowIsNotFocusedGivesExactlyOneNotification(FxRobot robot) {
        waitFor(context, AppState.READY);
        focusAnotherProgram(robot);

        ReceivedMessage reply = askEcho("are you there?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).containsExactly(new Notification("Echo", reply.message().text()));
        waitUntil(() -> visible(robot, "#toasts .toast"));
        assertThat(fx(() -> robot.lookup("#toasts .toast-title").queryAs(Label.class).getText())).isEqualTo("Echo");
    }

    @Test
    void noNotificationOnceTheyAreSwitchedOffInSettingsAndOneOnceOnAgain(FxRobot robot) {
        waitFor(context, AppState.READY);
        robot.interact(() -> robot.lookup("#settingsButton").queryAs(ButtonBase.class).fire());
        waitUntil(() -> visible(robot, "#notificationsToggle"));
        waitUntil(() -> robot.lookup("#notificationsToggle").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> robot.lookup("#notificationsToggle").queryAs(ButtonBase.class).fire());
        await().atMost(UiTests.TIMEOUT).until(() -> !context.notificationsOn().get());
        // The window decides by the switch the settings page set, in memory: the settings file, changed behind the
        // app's back, is not read again.
        AppSettingsFile.in(DataDirectory.ofUser(Optional.of(data))).update(s -> s.withNotifications(true));
        focusAnotherProgram(robot);

        askEcho("quiet please");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).isEmpty();
        assertThat(visible(robot, "#toasts .toast")).isFalse();

        robot.interact(() -> robot.lookup("#notificationsToggle").queryAs(ButtonBase.class).fire());
        await().atMost(UiTests.TIMEOUT).until(() -> context.notificationsOn().get());
        ReceivedMessage reply = askEcho("again please");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).containsExactly(new Notification("Echo", reply.message().text()));
    }

    @Test
    void noNotificationForABlockedSender(FxRobot robot) throws Exception {
        waitFor(context, AppState.READY);
        ui.createAccount(data, "kim", "Kim");
        try (AppContext kim = ui.context(data, "kim")) {
            kim.start();
            waitFor(kim, AppState.READY);
            AccountId kimId = kim.messenger().identity().accountId();
            context.profile().conversations().block(kimId);
            focusAnotherProgram(robot);

            Message sent = kim.messenger().send(context.messenger().identity().accountId(), "let me in");
            assertThat(kim.messenger().delivery(sent.id()).get(UiTests.TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .state()).isEqualTo(DeliveryState.STORED);
            // Kim's message is in the swarm before the echo contact's answer: a poll that brings the answer has
            // seen it too, and dropped it.
            ReceivedMessage reply = askEcho("only you");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shown).containsExactly(new Notification("Echo", reply.message().text()));
        }
    }

    @Test
    void noNotificationForTheChatTheUserIsReading(FxRobot robot) {
        waitFor(context, AppState.READY);
        robot.interact(stage::requestFocus);
        waitUntil(stage::isFocused);
        waitUntil(() -> visible(robot, "#echoButton"));
        robot.interact(() -> robot.lookup("#echoButton").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#chatTitle").equals("Echo"));

        askEcho("I am watching");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).isEmpty();
    }

    /**
     * Sends {@code text} to the echo contact and returns its answer once the app has stored it. The app's own
     * listener of received messages was registered (when the main window opened) before the one this adds, and the
     * messenger calls them in order on one thread: when this returns, the app has already decided about a
     * notification, and queued for the JavaFX thread whatever that decision needs to show.
     */
    private ReceivedMessage askEcho(String text) {
        AccountId echo = context.echoContact().orElseThrow();
        CompletableFuture<ReceivedMessage> answer = new CompletableFuture<>();
        try (AutoCloseable ignored = context.messenger().onReceived(batch -> batch.stream()
                .filter(r -> r.message().peer().equals(echo) && r.message().text().contains(text)).findFirst()
                .ifPresent(answer::complete))) {
            context.messenger().send(echo, text);
            return answer.get(UiTests.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the focus from the window, as when the user works in another program. Monocle's headless window manager
     * has no other programs and never reports a lost focus (a second window gains it, the first keeps it too), so
     * the test sets the window's focus as JavaFX does when the desktop reports it lost.
     */
    private void focusAnotherProgram(FxRobot robot) {
        robot.interact(() -> WindowHelper.setFocused(stage, false));
        assertThat(stage.isFocused()).isFalse();
    }
}
