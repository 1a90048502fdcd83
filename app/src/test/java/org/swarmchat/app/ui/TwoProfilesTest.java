package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.swarmchat.app.ui.UiTests.fx;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.crypto.AccountId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two app windows, Alice's and Bob's, each with its own profile and SQLite file, talking over the devnet: a first
 * message arrives as a request, accepting it opens the chat, and blocking drops what a stranger sends. The windows
 * overlap on the headless screen, so the test fires their controls instead of clicking at screen positions.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class TwoProfilesTest {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.withEchoContact();

    private AppContext alice;
    private AppContext bob;
    private AccountId aliceId;
    private AccountId bobId;
    private Stage aliceStage;
    private Stage bobStage;

    @Start
    void start(Stage stage) {
        long n = System.nanoTime();
        aliceId = ui.createAccount("alice" + n, "Alice");
        bobId = ui.createAccount("bob" + n, "Bob");
        alice = ui.context("alice" + n);
        bob = ui.context("bob" + n);
        aliceStage = stage;
        UiTests.show(alice, stage);
        bobStage = new Stage();
        UiTests.show(bob, bobStage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(bobStage::close);
    }

    @Test
    void aFirstMessageIsARequestThatBobAcceptsAndAnswers(FxRobot robot) {
        waitFor(alice, AppState.READY);
        waitFor(bob, AppState.READY);
        Parent a = aliceStage.getScene().getRoot();
        Parent b = bobStage.getScene().getRoot();

        send(robot, a, bobId, "hi Bob");
        waitUntil(() -> labels(robot, a, ".bubble.out .delivery").stream().anyMatch(t -> t.startsWith("Stored")));
        waitUntil(() -> labels(robot, b, "#requests .name").contains("Alice"));
        robot.interact(() -> button(robot, b, "#requests", "Accept").fire());

        waitUntil(() -> labels(robot, b, ".bubble.in .body").contains("hi Bob"));
        assertThat(labels(robot, b, "#chatTitle")).containsExactly("Alice");
        waitUntil(() -> labels(robot, b, "#requests .name").isEmpty());
        robot.interact(() -> {
            find(robot, b, "#messageInput", TextInputControl.class).setText("hi Alice");
            find(robot, b, "#sendButton", Button.class).fire();
        });
        waitUntil(() -> labels(robot, a, ".bubble.in .body").contains("hi Alice"));
        assertThat(labels(robot, a, ".bubble.out .body")).containsExactly("hi Bob");
    }

    @Test
    void blockingARequestRemovesItAndDropsLaterMessages(FxRobot robot) {
        waitFor(alice, AppState.READY);
        waitFor(bob, AppState.READY);
        Parent a = aliceStage.getScene().getRoot();
        Parent b = bobStage.getScene().getRoot();

        send(robot, a, bobId, "buy my stuff");
        waitUntil(() -> labels(robot, b, "#requests .name").contains("Alice"));
        robot.interact(() -> button(robot, b, "#requests", "Block").fire());
        waitUntil(() -> labels(robot, b, "#requests .name").isEmpty());
        assertThat(bob.profile().conversations().blocked()).extracting(c -> c.accountId()).containsExactly(aliceId);

        robot.interact(() -> {
            find(robot, a, "#messageInput", TextInputControl.class).setText("still there?");
            find(robot, a, "#sendButton", Button.class).fire();
        });
        waitUntil(() -> labels(robot, a, ".bubble.out .delivery").stream().filter(t -> t.startsWith("Stored"))
                .count() == 2);
        bob.messenger().pollNow();
        // Bob polls every 500 ms: for 3 s, nothing may show up from the blocked account.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                fx(() -> robot.from(b).lookup("#conversationList").queryListView().getItems().isEmpty())
                        && labels(robot, b, "#requests .name").isEmpty());
        assertThat(bob.profile().conversations().find(aliceId)).isEmpty();
    }

    private static void send(FxRobot robot, Parent window, AccountId to, String text) {
        robot.interact(() -> {
            find(robot, window, "#newConversationField", TextInputControl.class).setText(to.hex());
            find(robot, window, "#startConversationButton", Button.class).fire();
        });
        waitUntil(() -> robot.from(window).lookup("#messageInput").tryQuery().isPresent());
        robot.interact(() -> {
            find(robot, window, "#messageInput", TextInputControl.class).setText(text);
            find(robot, window, "#sendButton", Button.class).fire();
        });
    }

    private static <T extends Node> T find(FxRobot robot, Parent window, String query, Class<T> type) {
        return robot.from(window).lookup(query).queryAs(type);
    }

    private static Button button(FxRobot robot, Parent window, String within, String text) {
        return robot.from(window).lookup(within).lookup((Node n) -> n instanceof Button bt && bt.getText()
                .equals(text)).queryButton();
    }

    private static List<String> labels(FxRobot robot, Parent window, String query) {
        return fx(() -> robot.from(window).lookup(query).queryAll().stream().filter(Node::isVisible)
                .filter(Labeled.class::isInstance).map(n -> ((Labeled) n).getText()).toList());
    }
}
