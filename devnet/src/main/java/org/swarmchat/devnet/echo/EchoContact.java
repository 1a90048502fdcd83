package org.swarmchat.devnet.echo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.message.MalformedMessageException;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.OpenedMessage;

/**
 * A Session account that the devnet runs and that answers every 1:1 message it receives, so that a first-time
 * user has someone to talk to. It is a client like any other: it polls its own swarm over the devnet's HTTPS
 * storage RPC (signed {@code retrieve} with {@code last_hash}), opens each message with {@link MessageOpener}, and
 * stores a sealed answer ({@link MessageSealer}, display name "Echo") in the sender's swarm, found with
 * {@code get_swarm} and 421 replies. A {@link EchoJournal} in its directory makes each message answered exactly
 * once, also across restarts; anything unreadable in its namespace is logged and skipped.
 *
 * <p>One virtual thread does all the work; {@link #close()} stops it and waits for the answer in hand to be
 * recorded. Thread-safe.
 */
public final class EchoContact implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EchoContact.class);
    /**
     * Each storage RPC call's deadline: generous, because a node makes its certificate on its first handshake and
     * the devnet often shares a small machine with builds.
     */
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(10);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    /** How long {@link #close()} lets a poll in progress finish before interrupting it. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    /** Where the echo contact's account comes from. */
    public enum Identity {
        /** The fixed seed {@code ec40…ec40} (16 bytes): the same Account ID on every devnet that uses it. */
        WELL_KNOWN,
        /** A seed kept in the echo contact's directory, made at random on the first start. */
        KEPT_IN_DIRECTORY
    }

    private final Ed25519KeyPair account;
    private final AccountId accountId;
    private final Duration pollInterval;
    private final Clock clock;
    private final SnodeRpc rpc;
    private final EchoJournal journal;
    private final InboxReader inbox;
    private final ReplySender replies;
    private final MessageOpener opener = new MessageOpener();
    private final MessageSealer sealer = new MessageSealer(new SecureRandom());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean stopping;
    private long lastPurge;
    private final Thread thread;

    private EchoContact(Ed25519KeyPair account, EchoJournal journal, Supplier<List<NodeAddress>> nodes, Clock clock,
            Duration pollInterval) {
        this.account = account;
        this.accountId = AccountId.of(account);
        this.journal = journal;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.rpc = new SnodeRpc(CALL_DEADLINE);
        SwarmLocator swarms = new SwarmLocator(rpc, nodes, new SplittableRandom());
        this.inbox = new InboxReader(account, rpc, swarms, journal, clock);
        this.replies = new ReplySender(rpc, swarms, clock);
        this.thread = Thread.ofVirtual().name("devnet-echo").unstarted(this::run);
    }

    /**
     * Starts an echo contact.
     *
     * @param dir its directory (journal, and the seed if {@link Identity#KEPT_IN_DIRECTORY}); created if absent
     * @param identity where its account comes from
     * @param nodes devnet nodes it may ask {@code get_swarm}, as they stand when asked
     * @param clock the network's clock, for request timestamps and signatures
     * @param pollInterval the pause between two polls of its swarm when nothing more is waiting
     * @throws IOException if the directory, the seed or the journal cannot be used
     */
    public static EchoContact start(Path dir, Identity identity, Supplier<List<NodeAddress>> nodes, Clock clock,
            Duration pollInterval) throws IOException {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(clock, "clock");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, got " + pollInterval);
        }
        Files.createDirectories(dir);
        Ed25519KeyPair account = identity == Identity.WELL_KNOWN ? EchoIdentity.wellKnown()
                : EchoIdentity.inDirectory(dir, new SecureRandom());
        EchoContact echo = new EchoContact(account, EchoJournal.open(dir), nodes, clock, pollInterval);
        echo.thread.start();
        LOG.info("echo contact {} polls its swarm every {} ms", echo.accountId, pollInterval.toMillis());
        return echo;
    }

    /** The echo contact's Account ID: send it a message and it answers. */
    public AccountId accountId() {
        return accountId;
    }

    /** Stops polling, lets the poll in progress finish (or interrupts it after a grace period), closes the journal. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (stopping) {
                return;
            }
            stopping = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!thread.join(STOP_GRACE)) {
                LOG.warn("echo contact: a poll is still running after {} s; interrupting it", STOP_GRACE.toSeconds());
                thread.interrupt();
                thread.join(CALL_DEADLINE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rpc.close();
        journal.close();
    }

    private void run() {
        while (!isStopping()) {
            boolean more = false;
            try {
                more = pollOnce();
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                // A bad moment must not end the echo contact: the journal keeps what was done, the next poll retries.
                LOG.warn("echo contact: poll failed", e);
            }
            if (!more && !pause()) {
                return;
            }
        }
    }

    /** One round: send answers still pending, then read and answer what is new. Returns whether more is waiting. */
    private boolean pollOnce() throws InterruptedException, SQLException {
        for (EchoJournal.PendingReply pending : journal.pendingReplies()) {
            if (isStopping()) {
                return false;
            }
            if (replies.send(pending.recipient(), pending.data())) {
                journal.replySent(pending.hash());
            }
        }
        long now = clock.millis();
        if (now - lastPurge >= PURGE_INTERVAL.toMillis()) {
            journal.purge(now);
            lastPurge = now;
        }
        Optional<InboxReader.Batch> batch = inbox.read();
        if (batch.isEmpty()) {
            return false;
        }
        for (InboxReader.Retrieved message : batch.get().messages()) {
            if (isStopping()) {
                return false;
            }
            handle(message);
            journal.lastHash(batch.get().node().ed25519Hex(), message.hash(), message.expiration());
        }
        return batch.get().more();
    }

    private void handle(InboxReader.Retrieved message) throws InterruptedException, SQLException {
        if (journal.handled(message.hash(), message.expiration())) {
            return;
        }
        OpenedMessage opened;
        try {
            opened = opener.open(message.data(), account);
        } catch (MalformedMessageException | DecryptionException | InvalidSignatureException e) {
            LOG.info("echo contact: skipped unreadable message {}: {}", message.hash(), e.getMessage());
            journal.skipped(message.hash(), message.expiration());
            return;
        } catch (RuntimeException e) {
            // Whatever the opener did not foresee in hostile bytes is still only a message to skip.
            LOG.warn("echo contact: skipped message {} that the opener failed on", message.hash(), e);
            journal.skipped(message.hash(), message.expiration());
            return;
        }
        if (opened.sender().equals(accountId)) {
            journal.skipped(message.hash(), message.expiration());
            return;
        }
        String data;
        try {
            data = sealer.sealBase64(account, opened.sender(), EchoReplies.answer(opened, clock.millis()));
        } catch (RuntimeException e) {
            LOG.warn("echo contact: cannot answer message {} from {}: {}", message.hash(), opened.sender(),
                    e.getMessage());
            journal.skipped(message.hash(), message.expiration());
            return;
        }
        // Recorded before it is sent: a restart sends these same bytes, which the swarm stores only once.
        journal.replyPending(message.hash(), message.expiration(), opened.sender().hex(), data);
        if (replies.send(opened.sender().hex(), data)) {
            journal.replySent(message.hash());
            LOG.info("echo contact: answered {}", opened.sender().shortForm());
        } else {
            LOG.info("echo contact: the answer to {} is not stored yet; it is sent again on the next poll",
                    opened.sender().shortForm());
        }
    }

    private boolean isStopping() {
        lock.lock();
        try {
            return stopping;
        } finally {
            lock.unlock();
        }
    }

    /** Waits one poll interval; false if the echo contact is stopping. */
    private boolean pause() {
        lock.lock();
        try {
            long nanos = pollInterval.toNanos();
            while (!stopping && nanos > 0) {
                nanos = wake.awaitNanos(nanos);
            }
            return !stopping;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "EchoContact[" + accountId + "]";
    }
}
