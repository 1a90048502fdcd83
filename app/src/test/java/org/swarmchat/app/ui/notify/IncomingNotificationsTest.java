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
 * of its own), with the JavaFX toolkit running. The switch is a value in memory, as the app's
 * ({@code AppContext.notificationsOn()}) is: what it says takes effect at once, with no file to read.
 */
@ExtendWith(ApplicationExtension.class)
class IncomingNotificationsTest {
    private static final AccountId ALICE = someone();
    private static final AccountId BOB = someone();

    private final List<Notification> shown = new CopyOnWriteArrayList<>();
    /** When each of {@link #shown} was shown, from {@link System#nanoTime()}. */
    private final List<Long> shownAt = new CopyOnWriteArrayList<>();
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
        }, enabled::get, peer -> reading.equals(Optional.of(peer)), notification -> {
            shownAt.add(System.nanoTime());
            shown.add(notification);
        }, quiet).start());
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
        robot.interact(pin::unbind);
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
    void roundsAreAtLeastTheQuietTimeApartAndFoldEachConversation(FxRobot robot) throws Exception {
        assertThat(IncomingNotifications.QUIET).isEqualTo(Duration.ofSeconds(4));
        Duration quiet = Duration.ofMillis(700);
        start(robot, quiet);
        // Polls in full flow for 2.5 s: a round at once, then one each quiet time with what came in between.
        long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
        int polls = 0;
        while (System.nanoTime() < end) {
            poller.accept(messages(ALICE, "Alice", 2));
            poller.accept(messages(BOB, "Bob", 1));
            polls++;
            Thread.sleep(50);
        }
        int sent = polls;
        await().atMost(10, TimeUnit.SECONDS).until(() -> count("Bob") == sent);

        assertThat(count("Alice")).as("Alice's messages, all counted").isEqualTo(2 * sent);
        List<Long> alice = timesOf("Alice");
        List<Long> bob = timesOf("Bob");
        assertThat(alice).as("Alice's rounds").hasSizeGreaterThanOrEqualTo(3);
        assertThat(bob).as("Bob's rounds").hasSizeGreaterThanOrEqualTo(3);
        for (List<Long> times : List.of(alice, bob)) {
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).as("time between rounds %d and %d", i,
                        i + 1).isGreaterThanOrEqualTo(quiet);
            }
        }
    }

    @Test
    void nothingWhenNotificationsAreOff(FxRobot robot) {
        start(robot, Duration.ofHours(1));
        enabled.set(false);
        poll(messages(ALICE, "Alice", 3));
        assertThat(shown).isEmpty();
    }

    @Test
    void switchingOffDropsWhatWaitsAndSwitchingOnTakesEffectAtOnce(FxRobot robot) {
        start(robot, Duration.ofSeconds(1));
        poll(messages(ALICE, "Alice", 1));
        poll(messages(BOB, "Bob", 2));
        assertThat(shown).as("Bob's messages wait out the quiet time").hasSize(1);
        enabled.set(false);
        // The round after the quiet time finds the switch off, and drops what waited.
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).hasSize(1);

        enabled.set(true);
        poll(messages(BOB, "Bob", 1));
        assertThat(shown).containsExactly(new Notification("Alice", "message 1"), new Notification("Bob",
                "message 1"));
    }

    /** How many of {@code name}'s messages the notifications counted (a round's title gives its number). */
    private int count(String name) {
        String many = " new messages from " + name;
        return shown.stream().mapToInt(n -> n.title().equals(name) ? 1
                : n.title().endsWith(many) ? Integer.parseInt(n.title().substring(0, n.title().indexOf(' '))) : 0)
                .sum();
    }

    /** When the notifications of {@code name}'s conversation were shown, in order. */
    private List<Long> timesOf(String name) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            String title = shown.get(i).title();
            if (title.equals(name) || title.endsWith(" new messages from " + name)) {
                times.add(shownAt.get(i));
            }
        }
        return times;
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
