package org.swarmchat.app.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.store.Contact;
import org.swarmchat.app.store.ContactState;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.OutboxEntry;
import org.swarmchat.app.store.OutgoingMessage;
import org.swarmchat.app.store.Store;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.MessageTooLargeException;
import org.swarmchat.crypto.message.OutgoingText;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.StoreRequest;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Sends 1:1 messages so that none is lost. A message is sealed once and committed, with its sealed bytes, to the
 * outbox before any network call; only then is it stored in the recipient's swarm. A crash at any point leaves
 * either nothing (before the commit) or an outbox row that the next start sends again. Because the row keeps the
 * sealed bytes, a resend carries the same bytes, so the swarm names it by the same hash and the recipient, who
 * stores by hash, shows it once.
 *
 * <p>States: PENDING (committed, not yet tried) -> SENDING -> STORED (n members hold it; the row leaves the outbox)
 * or FAILED (after {@link SendSettings#rounds()} rounds; the row stays, and {@link #retry(long)} sends it again).
 */
public final class Outbox implements AutoCloseable {
    /** The longest text a message may hold, in characters (Session's limit). */
    public static final int MAX_TEXT_CHARS = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Store store;
    private final SwarmClient client;
    private final Supplier<Identity> me;
    private final MessageSealer sealer;
    private final NetworkClock networkClock;
    private final Clock clock;
    private final SendSettings settings;
    private final Semaphore slots;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("outbox-", 0).factory());
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Long, CompletableFuture<Message>> deliveries = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * An outbox over {@code store} that sends through {@code client} as {@code me} (read at each send, so a new
     * display name goes with the next message).
     */
    public Outbox(Store store, SwarmClient client, Supplier<Identity> me, MessageSealer sealer,
            NetworkClock networkClock, Clock clock, SendSettings settings) {
        this.store = store;
        this.client = client;
        this.me = me;
        this.sealer = sealer;
        this.networkClock = networkClock;
        this.clock = clock;
        this.settings = settings;
        this.slots = new Semaphore(settings.parallel());
    }

    /**
     * Commits {@code text} to {@code to} as a PENDING message and starts sending it. Returns once the message is
     * safe on disk; {@link #delivery(long)} tells when it is stored or failed.
     *
     * @throws IllegalArgumentException if the text is blank or longer than {@value #MAX_TEXT_CHARS} characters
     *     (nothing is written)
     * @throws BlockedContactException if {@code to} is blocked (nothing is written)
     */
    public Message send(AccountId to, String text) {
        checkText(text);
        Identity self = me.get();
        long sentAt = networkClock.nowMillis();
        byte[] data;
        try {
            data = sealer.seal(self.keys(), to, new OutgoingText(text, Optional.of(self.displayName()), sentAt));
        } catch (MessageTooLargeException e) {
            throw new IllegalArgumentException("the message is too large to send: " + e.getMessage(), e);
        }
        StoreRequest request = StoreRequest.toInbox(to, Namespace.DEFAULT, data, settings.ttl());
        String hash = request.expectedHash();
        Message message = store.writeAndWait(tables -> {
            Optional<Contact> contact = tables.contacts().get(to);
            if (contact.isPresent() && contact.get().state() == ContactState.BLOCKED) {
                throw new BlockedContactException(to);
            }
            if (contact.isEmpty() || contact.get().state() != ContactState.ACCEPTED) {
                // Writing to someone accepts them, as replying to a message request does in Session.
                tables.contacts().upsert(new Contact(to, contact.flatMap(Contact::displayName),
                        ContactState.ACCEPTED, clock.instant()));
            }
            Message pending = tables.messages().insertOutgoing(
                    new OutgoingMessage(to, self.accountId(), text, sentAt, hash));
            tables.conversations().setRequest(to, false);
            tables.outbox().add(new OutboxEntry(pending.id(), to, Namespace.DEFAULT.value(), data,
                    settings.ttl(), hash, 0, Optional.empty(), clock.instant()));
            return pending;
        });
        dispatch(message.id());
        return message;
    }

    /**
     * Completes with the message once it is STORED or FAILED (at once if it already is).
     *
     * @throws IllegalArgumentException if there is no such message
     */
    public CompletableFuture<Message> delivery(long messageId) {
        CompletableFuture<Message> future = deliveries.computeIfAbsent(messageId, id -> new CompletableFuture<>());
        Message now = store.read(tables -> tables.messages().get(messageId))
                .orElseThrow(() -> new IllegalArgumentException("there is no message " + messageId));
        if (isFinal(now.state())) {
            deliveries.remove(messageId, future);
            future.complete(now);
        }
        return future;
    }

    /**
     * Sends every message a previous run left PENDING or SENDING (it was interrupted: a crash, a kill, a closed
     * window). FAILED messages wait for {@link #retry(long)}.
     *
     * @return how many were resumed
     */
    public int resume() {
        var unfinished = store.read(tables -> tables.outbox().unfinished().stream()
                .filter(entry -> tables.messages().get(entry.messageId())
                        .map(m -> m.state() == DeliveryState.PENDING || m.state() == DeliveryState.SENDING)
                        .orElse(false))
                .map(OutboxEntry::messageId)
                .toList());
        if (!unfinished.isEmpty()) {
            LOG.info("resuming {} unfinished sends", unfinished.size());
        }
        unfinished.forEach(this::dispatch);
        return unfinished.size();
    }

    /**
     * Sends a FAILED message again, with the same bytes.
     *
     * @throws IllegalArgumentException if there is no such message or it has not failed
     */
    public Message retry(long messageId) {
        Message again = store.writeAndWait(tables -> {
            Message m = tables.messages().get(messageId)
                    .orElseThrow(() -> new IllegalArgumentException("there is no message " + messageId));
            if (m.state() != DeliveryState.FAILED || tables.outbox().get(messageId).isEmpty()) {
                throw new IllegalArgumentException("message " + messageId + " is " + m.state().name()
                        .toLowerCase(java.util.Locale.ROOT) + "; only a failed message can be retried");
            }
            return tables.messages().setState(messageId, DeliveryState.PENDING, 0, Optional.empty());
        });
        dispatch(messageId);
        return again;
    }

    /** Waits until nothing is being sent, at most {@code limit}; true if idle. */
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!inFlight.isEmpty()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /**
     * Stops sending. Messages in flight stay SENDING in the store and are resumed at the next start; their
     * {@link #delivery(long)} futures are cancelled.
     */
    @Override
    public void close() {
        closed = true;
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deliveries.values().forEach(f -> f.cancel(false));
    }

    private static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message cannot be empty");
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("a message holds at most " + MAX_TEXT_CHARS + " characters; this one"
                    + " has " + chars);
        }
    }

    private static boolean isFinal(DeliveryState state) {
        return state == DeliveryState.STORED || state == DeliveryState.FAILED;
    }

    private void dispatch(long messageId) {
        if (closed || !inFlight.add(messageId)) {
            return;
        }
        threads.execute(() -> {
            try {
                slots.acquire();
                try {
                    deliver(messageId);
                } finally {
                    slots.release();
                }
            } catch (InterruptedException e) {
                LOG.debug("sending message {} stopped; it stays in the outbox", messageId);
            } catch (RuntimeException e) {
                LOG.error("sending message {} failed unexpectedly; it stays in the outbox", messageId, e);
            } finally {
                inFlight.remove(messageId);
            }
        });
    }

    private void deliver(long messageId) throws InterruptedException {
        Optional<OutboxEntry> row = store.read(tables -> tables.outbox().get(messageId));
        if (row.isEmpty()) {
            store.read(tables -> tables.messages().get(messageId)).ifPresent(this::complete);
            return;
        }
        OutboxEntry entry = row.get();
        int attempts = entry.attempts();
        String failure = "not sent";
        Duration pause = settings.firstPause();
        for (int round = 0; round < settings.rounds(); round++) {
            if (closed) {
                return;
            }
            changeState(messageId, DeliveryState.SENDING, 0, Optional.empty());
            try {
                StoreResult result = client.store(StoreRequest.toInbox(entry.recipient(),
                        Namespace.of(entry.namespace()), entry.data(), entry.ttl())).get();
                if (result.storedCount() > 0) {
                    complete(store.writeAndWait(tables -> {
                        Message stored = tables.messages().setState(messageId, DeliveryState.STORED,
                                result.storedCount(), Optional.empty());
                        tables.outbox().remove(messageId);
                        return stored;
                    }));
                    return;
                }
                failure = "no member of the recipient's swarm confirmed it (" + result.memberCount() + " answered)";
            } catch (ExecutionException e) {
                failure = e.getCause() == null ? String.valueOf(e.getMessage()) : e.getCause().getMessage();
            }
            attempts++;
            int attemptsSoFar = attempts;
            String lastError = failure;
            store.writeAndWait(tables -> {
                tables.outbox().update(messageId, attemptsSoFar, Optional.of(lastError));
                return null;
            });
            LOG.info("sending message {} failed (round {} of {}): {}", messageId, round + 1, settings.rounds(),
                    failure);
            if (round + 1 < settings.rounds()) {
                Thread.sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
        complete(changeState(messageId, DeliveryState.FAILED, 0, Optional.of(failure)));
    }

    private Message changeState(long messageId, DeliveryState state, int storedOn, Optional<String> failure) {
        return store.writeAndWait(tables -> tables.messages().setState(messageId, state, storedOn, failure));
    }

    private void complete(Message message) {
        CompletableFuture<Message> future = deliveries.remove(message.id());
        if (future != null) {
            future.complete(message);
        }
    }
}
