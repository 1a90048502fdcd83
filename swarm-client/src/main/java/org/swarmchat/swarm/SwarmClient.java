package org.swarmchat.swarm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.ExpireMode;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.DeleteResult;
import org.swarmchat.swarm.api.ExpireResult;
import org.swarmchat.swarm.api.ReadOnlyObservable;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.StoreRequest;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.api.SubResponse;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.onion.PathStatus;
import org.swarmchat.swarm.poll.PollListener;
import org.swarmchat.swarm.poll.SwarmPoller;

/**
 * The client side of the Session storage network (SPEC §1-§4, §7): finds swarms, reaches their members through
 * 3-hop onion paths and stores, retrieves, deletes and expires messages there, keeping working when nodes fail.
 *
 * <p>Every operation runs on a virtual thread of the client's IO executor and returns at once with a
 * {@link CompletableFuture}; none blocks the caller. Each has a deadline ({@link SwarmClientConfig#requestTimeout()})
 * and completes exceptionally with a specific {@link org.swarmchat.swarm.api.SwarmException} subclass saying what
 * failed: {@code SwarmUnavailableException} (no member of the swarm accepted), {@code ClockOutOfSyncException},
 * {@code SnodeRequestException} (the request was refused, with the node's status and text),
 * {@code PathUnavailableException}, {@code SnodePoolUnavailableException} (no seed reachable),
 * {@code DeadlineExceededException} (out of time; its cause is the last failure), {@code RequestCancelledException}.
 * Cancelling a returned future interrupts the work. Invalid arguments throw {@link IllegalArgumentException} at
 * once.
 *
 * <p>Lifecycle: {@link #initialize()} once, {@link #shutdown()} at the end. Thread-safe.
 */
public interface SwarmClient extends AutoCloseable {
    /** A client configured by {@code config}, not yet initialized. */
    static SwarmClient create(SwarmClientConfig config) {
        return SwarmClientImpl.create(config);
    }

    /**
     * Loads or seeds the node pool and builds the onion paths (if onion routing is on). Operations also do
     * this lazily, so the client works without it; calling it early makes the first message faster.
     */
    CompletableFuture<Void> initialize();

    /**
     * Stores {@code data} in {@code recipient}'s swarm, unsigned (a public inbox such as namespace 0, where 1:1
     * messages go): to a random member through an onion path; on failure another member and another path.
     *
     * @return the message hash and each member's report; {@link StoreResult#storedCount()} says how many
     *     members hold it
     * @throws IllegalArgumentException if the data is empty or over 76,800 bytes, the TTL out of range, or the
     *     namespace needs a signature
     */
    CompletableFuture<StoreResult> store(AccountId recipient, Namespace namespace, byte[] data, Duration ttl);

    /** Sends {@code request} as {@link #store(AccountId, Namespace, byte[], Duration)} does (signed stores). */
    CompletableFuture<StoreResult> store(StoreRequest request);

    /**
     * Retrieves the messages of {@code account}'s namespace stored after {@code lastHash} from a member of its
     * swarm (signed with the account's key).
     */
    CompletableFuture<RetrieveResult> retrieve(Ed25519KeyPair account, Namespace namespace,
            Optional<String> lastHash);

    /**
     * Deletes messages by hash from {@code account}'s swarm.
     *
     * @throws IllegalArgumentException if {@code hashes} is empty or holds a non-hash
     */
    CompletableFuture<DeleteResult> delete(Ed25519KeyPair account, List<String> hashes);

    /**
     * Sets the expiry of messages in {@code account}'s swarm.
     *
     * @throws IllegalArgumentException if {@code hashes} is empty or holds a non-hash
     */
    CompletableFuture<ExpireResult> expire(Ed25519KeyPair account, List<String> hashes, Instant expiry,
            ExpireMode mode);

    /** The swarm of {@code account}, cached or fetched. */
    CompletableFuture<Swarm> swarmOf(AccountId account);

    /**
     * Sends {@code requests} as one batch to a member of {@code target}'s swarm (they must all concern that
     * swarm); sub-results come back in order, failed ones included.
     *
     * @throws IllegalArgumentException if there are no requests or more than 20
     */
    CompletableFuture<List<SubResponse>> batch(AccountId target, List<SnodeRequest<?>> requests);

    /**
     * The network as the client sees it: pool size, each member of {@code own}'s swarm with its reachability and
     * round-trip time (probed now with {@code info}), and the onion paths.
     */
    CompletableFuture<NetworkStatus> networkStatus(AccountId own);

    /** The onion paths' state, updated as paths are built, fail and are rebuilt. */
    ReadOnlyObservable<PathStatus> pathStatus();

    /**
     * A poller for {@code account}'s own swarm, stopped; {@link SwarmPoller#start()} starts it. Uses the
     * client's poll settings and poll state store.
     *
     * @param namespaces what to poll (desktop polls 0, 2, 3, 5, 4)
     */
    SwarmPoller poller(Ed25519KeyPair account, List<Namespace> namespaces, PollListener listener);

    /**
     * Stops the pollers made by this client and cancels pending operations (their futures complete with
     * {@link java.util.concurrent.CancellationException}); later operations fail with
     * {@code RequestCancelledException}. Idempotent.
     */
    CompletableFuture<Void> shutdown();

    /** {@link #shutdown()} and wait for it. */
    @Override
    void close();
}
