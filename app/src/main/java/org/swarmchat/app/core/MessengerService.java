package org.swarmchat.app.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.Store;
import org.swarmchat.app.store.StoreEvent;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.poll.SwarmPoller;
import org.swarmchat.swarm.transport.NetworkClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account on one network: sends through the {@link Outbox}, receives through the {@link Inbox} fed by a
 * poller of the account's own swarm. Owns its swarm client and closes it.
 */
public final class MessengerService implements AutoCloseable {
    /** Polls in a row that may each say "more" before one receive round ends. */
    private static final int MAX_POLLS_PER_ROUND = 100;

    private static final Logger LOG = LoggerFactory.getLogger(MessengerService.class);

    private final Store store;
    private final SwarmClient client;
    private final AtomicReference<Identity> me;
    private final Outbox outbox;
    private final Inbox inbox;
    private final SwarmPoller poller;
    private final AutoCloseable accountWatch;

    /** A messenger for {@code identity}; it takes {@code client} over and closes it. */
    public MessengerService(Store store, Identity identity, SwarmClient client, NetworkClock networkClock,
            Clock clock, MessengerSettings settings) {
        this.store = store;
        this.client = client;
        this.me = new AtomicReference<>(identity);
        this.outbox = new Outbox(store, client, me::get, new MessageSealer(new java.security.SecureRandom()),
                networkClock, clock, settings.send());
        this.inbox = new Inbox(store, identity, new MessageOpener(), clock);
        this.poller = client.poller(identity.keys(), List.of(Namespace.DEFAULT), inbox);
        poller.setInterval(settings.pollInterval());
        this.accountWatch = store.subscribe(event -> {
            if (event instanceof StoreEvent.AccountChanged) {
                store.read(tables -> tables.account().get()).map(Identity::of).ifPresent(me::set);
            }
        });
    }

    /** The account this messenger speaks as. */
    public Identity identity() {
        return me.get();
    }

    /** The swarm client, for the network page. */
    public SwarmClient swarmClient() {
        return client;
    }

    /** See {@link Outbox#send(AccountId, String)}. */
    public Message send(AccountId to, String text) {
        return outbox.send(to, text);
    }

    /** See {@link Outbox#delivery(long)}. */
    public CompletableFuture<Message> delivery(long messageId) {
        return outbox.delivery(messageId);
    }

    /** See {@link Outbox#retry(long)}. */
    public Message retry(long messageId) {
        return outbox.retry(messageId);
    }

    /** Sends what an earlier run left unfinished; see {@link Outbox#resume()}. */
    public int resumeOutbox() {
        return outbox.resume();
    }

    /** Waits at most {@code limit} for the outbox to finish what it is sending. */
    public boolean awaitOutbox(Duration limit) throws InterruptedException {
        return outbox.awaitIdle(limit);
    }

    /** Calls {@code listener} with each batch of newly received messages, after they are stored. */
    public AutoCloseable onReceived(Consumer<List<ReceivedMessage>> listener) {
        return inbox.addListener(listener);
    }

    /**
     * Polls the own swarm until it has nothing more to give and returns what was new (already stored).
     *
     * @throws SwarmException if the swarm could not be polled; nothing was lost, the next poll asks again
     */
    public List<ReceivedMessage> receiveOnce() throws SwarmException {
        List<ReceivedMessage> received = new ArrayList<>();
        try (AutoCloseable ignored = inbox.addListener(received::addAll)) {
            for (int i = 0; i < MAX_POLLS_PER_ROUND && poller.pollOnce(); i++) {
                LOG.debug("the swarm has more; polling again");
            }
        } catch (SwarmException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(received);
    }

    /** Starts polling the own swarm in the background; new messages reach {@link #onReceived} listeners. */
    public void startPolling() {
        poller.start();
    }

    /** Polls at once instead of waiting out the interval. */
    public void pollNow() {
        poller.pollNow();
    }

    /** Stops polling and sending (unfinished sends resume at the next start) and closes the swarm client. */
    @Override
    public void close() {
        poller.stop();
        outbox.close();
        try {
            accountWatch.close();
        } catch (Exception e) {
            LOG.debug("closing the account watch failed", e);
        }
        client.close();
    }
}
