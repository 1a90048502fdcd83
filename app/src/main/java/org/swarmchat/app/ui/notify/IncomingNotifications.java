package org.swarmchat.app.ui.notify;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.core.ReceivedMessage;
import org.swarmchat.app.ui.common.FxTimer;
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
 * between waits and is counted into the next one, so a conversation in full flow cannot flood the desktop. The wait
 * is an {@link FxTimer}, not a JavaFX animation, which would keep JavaFX drawing 60 frames a second while it ran.
 *
 * <p>Everything but the first check of the switch runs on the JavaFX thread.
 */
public final class IncomingNotifications {
    /** The least time between two rounds of notifications. */
    static final Duration QUIET = Duration.ofSeconds(4);
    private static final Logger LOG = LoggerFactory.getLogger(IncomingNotifications.class);

    private final Source source;
    private final BooleanSupplier enabled;
    private final Predicate<AccountId> reading;
    private final Notifier notifier;
    private final Duration quiet;
    private final PendingMessages pending = new PendingMessages();
    /** The wait for the next round, while one is scheduled. */
    private ScheduledFuture<?> wait;
    private long lastShownNanos;
    private boolean shownBefore;
    private boolean stopped;

    /** Where received messages come from: {@code MessengerService::onReceived}. */
    @FunctionalInterface
    public interface Source {
        /** Calls {@code listener} with each batch of new messages, on a thread of the source's, until closed. */
        AutoCloseable subscribe(Consumer<List<ReceivedMessage>> listener);
    }

    /**
     * Notifications for what {@code source} receives, while {@code enabled} says so, through {@code notifier};
     * {@code reading} says on the JavaFX thread whether the user is reading a peer's chat. {@code enabled} is called
     * on the source's thread and on the JavaFX thread, for every batch: it must answer from memory (the app's
     * {@code AppContext::notificationsOn}), never read a file.
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
            stopped = true;
            if (wait != null) {
                wait.cancel(false);
                wait = null;
            }
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
        if (stopped) {
            return; // queued by the source before it was closed
        }
        for (ReceivedMessage r : received) {
            AccountId peer = r.message().peer();
            if (!reading.test(peer)) {
                pending.add(peer, r.displayName().orElse(peer.shortForm()), r.message().text());
            }
        }
        if (pending.isEmpty() || wait != null) {
            return;
        }
        Duration sinceLast = Duration.ofNanos(System.nanoTime() - lastShownNanos);
        if (!shownBefore || sinceLast.compareTo(quiet) >= 0) {
            flush();
        } else {
            wait = FxTimer.after(quiet.minus(sinceLast), this::waited);
        }
    }

    /** The wait is over (on the JavaFX thread): the next round. */
    private void waited() {
        if (stopped) {
            return; // stopped after the timer had fired
        }
        wait = null;
        flush();
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
