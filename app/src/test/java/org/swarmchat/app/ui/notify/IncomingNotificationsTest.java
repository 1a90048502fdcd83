package org.swarmchat.app.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.swarmchat.app.core.ReceivedMessage;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Direction;
import org.swarmchat.app.store.Message;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.RecoveryPassword;
import org.swarmchat.swarm.api.Pin;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When received messages become notifications, fed batches as the messenger's poller hands them over (on a thread
 * of its own), with the JavaFX toolkit running.
 */
@ExtendWith(ApplicationExtension.class)
class IncomingNotificationsTest {
    private static final AccountId ALICE = someone();
    private static final AccountId BOB = someone();

    private final List<Notification> shown = new CopyOnWriteArrayList<>();
    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private volatile Optional<AccountId> reading = Optional.empty();
    private volatile Consumer<List<ReceivedMessage>> poller;
    private Pin pin;

    @AfterEach
    void stop(FxRobot robot) {
        if (pin != null) {
            robot.interact(pin::unbind);
        }
    }

    private void start(FxRobot robot, Duration quiet) {
        robot.interact(() -> pin = new IncomingNotifications(listener -> {
            poller = listener;
            return () -> poller = null;
        }, enabled::get, peer -> reading.equals(Optional.of(peer)), shown::add,
                javafx.util.Duration.millis(quiet.toMillis())).start());
    }

    /** Hands {@code batch} over as a poll would, then lets the JavaFX thread run what it queued. */
    private void poll(List<ReceivedMessage> batch) {
        poller.accept(batch);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fiftyMessagesInOnePollGiveOneNotification(FxRobot robot) {
        start(robot, Duration.ofHours(1));
        poll(messages(ALICE, "Alice", 50));
        assertThat(shown).containsExactly(new Notification("50 new messages from Alice", "message 50"));
    }

    @Test
    void whatArrivesSoonAfterANotificationWaitsAndComesAsOne(FxRobot robot) {
        start(robot, Duration.ofHours(1));
        poll(messages(ALICE, "Alice", 1));
        poll(messages(BOB, "Bob", 3));
        poll(messages(BOB, "Bob", 2));
        assertThat(shown).as("Bob's messages wait out the quiet time").hasSize(1);

        shown.clear();
        pin.unbind();
        start(robot, Duration.ofSeconds(2));
        // In one event of the JavaFX thread, as polls in quick succession: Alice's at once, then Bob's together.
        robot.interact(() -> {
            poller.accept(messages(ALICE, "Alice", 1));
            poller.accept(messages(BOB, "Bob", 3));
            poller.accept(messages(BOB, "Bob", 2));
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> shown.size() == 2);
        assertThat(shown).containsExactly(new Notification("Alice", "message 1"),
                new Notification("5 new messages from Bob", "message 2"));
    }

    @Test
    void nothingWhenNotificationsAreOff(FxRobot robot) {
        start(robot, Duration.ofHours(1));
        enabled.set(false);
        poll(messages(ALICE, "Alice", 3));
        assertThat(shown).isEmpty();
    }

    @Test
    void nothingForTheChatTheUserIsReading(FxRobot robot) {
        start(robot, Duration.ofHours(1));
        reading = Optional.of(ALICE);
        List<ReceivedMessage> batch = new ArrayList<>(messages(ALICE, "Alice", 2));
        batch.addAll(messages(BOB, "Bob", 1));
        poll(batch);
        assertThat(shown).containsExactly(new Notification("Bob", "message 1"));
    }

    @Test
    void aSenderWithoutANameIsShownByTheShortAccountId(FxRobot robot) {
        start(robot, Duration.ofHours(1));
        poll(List.of(new ReceivedMessage(message(ALICE, "hello"), Optional.empty(), true)));
        assertThat(shown).containsExactly(new Notification(ALICE.shortForm(), "hello"));
    }

    private static List<ReceivedMessage> messages(AccountId from, String name, int count) {
        List<ReceivedMessage> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            batch.add(new ReceivedMessage(message(from, "message " + i), Optional.of(name), false));
        }
        return batch;
    }

    private static Message message(AccountId from, String text) {
        long now = System.currentTimeMillis();
        return new Message(0, from, Direction.IN, from, text, now, now, Optional.empty(), DeliveryState.RECEIVED, 0,
                Optional.empty(), 0);
    }

    private static AccountId someone() {
        return AccountId.of(RecoveryPassword.keyPairOf(RecoveryPassword.newSeed(new SecureRandom())));
    }
}
