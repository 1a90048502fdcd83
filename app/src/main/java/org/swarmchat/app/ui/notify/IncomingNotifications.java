package org.swarmchat.app.ui.notify;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.core.ReceivedMessage;
import org.swarmchat.app.ui.common.UIThread;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.swarm.api.Pin;

/**
 * Decides which received messages get a notification, and folds bursts into few. Nothing is announced when
 * notifications are off, nor a message the user is reading (the window focused and its chat open). The user's own
 * messages and those of blocked senders never get here: the messenger's inbox drops them before it stores.
 *
 * <p>The messenger reports each poll's new messages at once, so a poll that brings fifty gives one notification per
 * conversation (see {@link PendingMessages}). Notifications are also at least {@link #QUIET} apart: what arrives in
 * between waits and is counted into the next one, so a conversation in full flow cannot flood the desktop.
 *
 * <p>Everything but the first check of the setting runs on the JavaFX thread.
 */
public final class IncomingNotifications {
    /** The least time between two rounds of notifications. */
    static final Duration QUIET = Duration.seconds(4);
    private static final Logger LOG = LoggerFactory.getLogger(IncomingNotifications.class);

    private final Source source;
    private final BooleanSupplier enabled;
    private final Predicate<AccountId> reading;
    private final Notifier notifier;
    private final Duration quiet;
    private final PendingMessages pending = new PendingMessages();
    private final PauseTransition wait = new PauseTransition();
    private long lastShownNanos;
    private boolean shownBefore;

    /** Where received messages come from: {@code MessengerService::onReceived}. */
    @FunctionalInterface
    public interface Source {
        /** Calls {@code listener} with each batch of new messages, on a thread of the source's, until closed. */
        AutoCloseable subscribe(Consumer<List<ReceivedMessage>> listener);
    }

    /**
     * Notifications for what {@code source} receives, while {@code enabled} says so (it may read a file: it is
     * called on the source's thread first), through {@code notifier}; {@code reading} says on the JavaFX thread
     * whether the user is reading a peer's chat.
     */
    public IncomingNotifications(Source source, BooleanSupplier enabled, Predicate<AccountId> reading,
            Notifier notifier) {
        this(source, enabled, reading, notifier, QUIET);
    }

    /** As the public constructor, with notifications at least {@code quiet} apart (tests). */
    IncomingNotifications(Source source, BooleanSupplier enabled, Predicate<AccountId> reading, Notifier notifier,
            Duration quiet) {
        this.source = source;
        this.enabled = enabled;
        this.reading = reading;
        this.notifier = notifier;
        this.quiet = quiet;
        wait.setOnFinished(e -> flush());
    }

    /** Starts listening; the pin stops it (call on the JavaFX thread) and forgets what was waiting. */
    public Pin start() {
        AutoCloseable subscription = source.subscribe(this::onReceived);
        return () -> {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("closing the received-messages subscription failed", e);
            }
            wait.stop();
            pending.drain();
        };
    }

    /** On the source's thread (the messenger's poller), once per poll that stored something. */
    private void onReceived(List<ReceivedMessage> received) {
        if (!enabled.getAsBoolean()) {
            return;
        }
        UIThread.run(() -> collect(received));
    }

    private void collect(List<ReceivedMessage> received) {
        for (ReceivedMessage r : received) {
            AccountId peer = r.message().peer();
            if (!reading.test(peer)) {
                pending.add(peer, r.displayName().orElse(peer.shortForm()), r.message().text());
            }
        }
        if (pending.isEmpty() || wait.getStatus() == PauseTransition.Status.RUNNING) {
            return;
        }
        double sinceLastMillis = (System.nanoTime() - lastShownNanos) / 1e6;
        if (!shownBefore || sinceLastMillis >= quiet.toMillis()) {
            flush();
        } else {
            wait.setDuration(quiet.subtract(Duration.millis(sinceLastMillis)));
            wait.playFromStart();
        }
    }

    private void flush() {
        // Checked again: the user may have switched notifications off, or opened the chat, while these waited.
        pending.peers().stream().filter(reading).forEach(pending::remove);
        if (!enabled.getAsBoolean()) {
            pending.drain();
            return;
        }
        if (pending.isEmpty()) {
            return;
        }
        pending.drain().forEach(notifier::show);
        lastShownNanos = System.nanoTime();
        shownBefore = true;
    }
}
