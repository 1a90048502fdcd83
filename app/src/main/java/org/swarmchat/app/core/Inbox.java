package org.swarmchat.app.core;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.store.Contact;
import org.swarmchat.app.store.ContactState;
import org.swarmchat.app.store.Direction;
import org.swarmchat.app.store.IncomingMessage;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.PageCursor;
import org.swarmchat.app.store.Store;
import org.swarmchat.app.store.Tables;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.message.MalformedMessageException;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.NotATextMessageException;
import org.swarmchat.crypto.message.OpenedMessage;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.RetrievedMessage;
import org.swarmchat.swarm.poll.PollListener;
import org.swarmchat.swarm.poll.PolledMessage;

/**
 * Turns what the poller finds into stored messages: opens each (sealed box, signature, content), drops what is not
 * for us, forged, or from a blocked sender, puts a first message from a stranger into message requests, and stores
 * the rest idempotently by hash in one transaction per poll. If the transaction fails the exception reaches the
 * poller, which then delivers the same messages again: nothing is marked seen that was not stored.
 *
 * <p>The hash alone does not make a message unique: a storage node can replay a stored message with bytes the
 * parser ignores (an unknown protobuf field) under their new, correct hash, and a sender may seal the same message
 * twice. A message from the same sender with the same signed sent time and the same text as one already received
 * is therefore dropped as a copy.
 */
public final class Inbox implements PollListener {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    /** Messages of one sender read at the sent time of a new one, to find a copy; more at one millisecond is absurd. */
    private static final int SAME_MOMENT_SCAN = 16;

    private final Store store;
    private final Identity me;
    private final MessageOpener opener;
    private final Clock clock;
    private final List<Consumer<List<ReceivedMessage>>> listeners = new CopyOnWriteArrayList<>();

    /** An inbox that stores {@code me}'s messages in {@code store}. */
    public Inbox(Store store, Identity me, MessageOpener opener, Clock clock) {
        this.store = store;
        this.me = me;
        this.opener = opener;
        this.clock = clock;
    }

    /** Calls {@code listener} after each commit with the messages it added (never with duplicates). */
    public AutoCloseable addListener(Consumer<List<ReceivedMessage>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void onMessages(List<PolledMessage> polled) {
        List<Opened> opened = new ArrayList<>();
        for (PolledMessage p : polled) {
            open(p).ifPresent(opened::add);
        }
        if (opened.isEmpty()) {
            return;
        }
        // Older first, so that row order follows the senders' order.
        opened.sort(Comparator.comparingLong((Opened o) -> o.message().sentAtMillis())
                .thenComparing(o -> o.stored().hash()));
        List<ReceivedMessage> added = store.writeAndWait(tables -> {
            List<ReceivedMessage> fresh = new ArrayList<>();
            for (Opened o : opened) {
                accept(tables, o).ifPresent(fresh::add);
            }
            return fresh;
        });
        if (!added.isEmpty()) {
            for (Consumer<List<ReceivedMessage>> listener : listeners) {
                try {
                    listener.accept(List.copyOf(added));
                } catch (RuntimeException e) {
                    LOG.warn("a listener of received messages failed; the messages are stored", e);
                }
            }
        }
    }

    private record Opened(RetrievedMessage stored, OpenedMessage message) {
    }

    private Optional<Opened> open(PolledMessage polled) {
        RetrievedMessage stored = polled.message();
        if (!polled.namespace().equals(Namespace.DEFAULT)) {
            return Optional.empty();
        }
        try {
            OpenedMessage message = opener.open(stored.data(), me.keys());
            if (message.sender().equals(me.accountId())) {
                // A copy we keep for our other devices (or a note to self): the sent row already holds it.
                return Optional.empty();
            }
            return Optional.of(new Opened(stored, message));
        } catch (NotATextMessageException e) {
            LOG.debug("skipped {}: {}", stored.hash(), e.getMessage());
        } catch (MalformedMessageException | DecryptionException | InvalidSignatureException e) {
            LOG.info("dropped {}: {}", stored.hash(), e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether {@code m} was received before (the same sender, signed sent time and text) under another hash. */
    private static boolean isCopy(Tables tables, OpenedMessage m, String hash) {
        // Newest first from just past m's sent time: the messages at exactly that time come first.
        List<Message> sameMoment = tables.messages().page(m.sender(),
                Optional.of(new PageCursor(m.sentAtMillis(), Long.MAX_VALUE)), SAME_MOMENT_SCAN);
        return sameMoment.stream().anyMatch(x -> x.sentAtMillis() == m.sentAtMillis()
                && x.direction() == Direction.IN && x.sender().equals(m.sender()) && x.text().equals(m.text())
                && !x.hash().equals(Optional.of(hash)));
    }

    private Optional<ReceivedMessage> accept(Tables tables, Opened opened) {
        OpenedMessage m = opened.message();
        Instant now = clock.instant();
        Optional<Contact> contact = tables.contacts().get(m.sender());
        if (contact.isPresent() && contact.get().state() == ContactState.BLOCKED) {
            LOG.debug("dropped {} from a blocked sender", opened.stored().hash());
            return Optional.empty();
        }
        if (isCopy(tables, m, opened.stored().hash())) {
            LOG.info("dropped {}: a copy of a message already received under another hash", opened.stored().hash());
            return Optional.empty();
        }
        Optional<String> name = m.displayName().map(String::strip).filter(n -> !n.isEmpty());
        boolean request = contact.map(c -> c.state() == ContactState.REQUEST).orElse(true);
        if (contact.isEmpty()) {
            tables.contacts().upsert(new Contact(m.sender(), name, ContactState.REQUEST, now));
        } else if (name.isPresent() && !name.equals(contact.get().displayName())) {
            tables.contacts().upsert(new Contact(m.sender(), name, contact.get().state(), now));
        }
        tables.conversations().ensure(m.sender(), request, now);
        Optional<Message> stored = tables.messages().insertIncoming(new IncomingMessage(m.sender(),
                opened.stored().hash(), m.text(), m.sentAtMillis(), now.toEpochMilli(),
                opened.stored().expirationMs()));
        return stored.map(message -> new ReceivedMessage(message, name.or(() ->
                contact.flatMap(Contact::displayName)), request));
    }
}
