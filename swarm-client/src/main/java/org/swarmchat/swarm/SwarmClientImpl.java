package org.swarmchat.swarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.ExpireMode;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.DeleteRequest;
import org.swarmchat.swarm.api.DeleteResult;
import org.swarmchat.swarm.api.ExpireRequest;
import org.swarmchat.swarm.api.ExpireResult;
import org.swarmchat.swarm.api.InfoRequest;
import org.swarmchat.swarm.api.ReadOnlyObservable;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.RetrieveRequest;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.StoreRequest;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.api.SubResponse;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.exec.BatchReply;
import org.swarmchat.swarm.exec.SwarmBatch;
import org.swarmchat.swarm.exec.Target;
import org.swarmchat.swarm.onion.PathStatus;
import org.swarmchat.swarm.poll.PollListener;
import org.swarmchat.swarm.poll.SwarmPoller;
import org.swarmchat.swarm.transport.Deadline;

/**
 * {@link SwarmClient} over the parts {@link SwarmWiring} builds. Each operation makes sure the pool is ready,
 * then runs through the request pipeline with retries, on its own virtual thread, within the configured
 * deadline.
 */
final class SwarmClientImpl implements SwarmClient {
    private static final Logger LOG = LoggerFactory.getLogger(SwarmClientImpl.class);

    private final SwarmClientConfig config;
    private final SwarmWiring wiring;
    private final Set<SwarmPoller> pollers = new CopyOnWriteArraySet<>();
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private SwarmClientImpl(SwarmClientConfig config, SwarmWiring wiring) {
        this.config = config;
        this.wiring = wiring;
    }

    static SwarmClient create(SwarmClientConfig config) {
        return new SwarmClientImpl(config, SwarmWiring.build(config));
    }

    /** A blocking piece of work that may fail with a {@link SwarmException}. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Deadline deadline) throws SwarmException;
    }

    /** Runs {@code work} on a new virtual thread; cancelling the future interrupts it. */
    private <T> CompletableFuture<T> submit(String what, Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(new RequestCancelledException(what + " after the client was shut down"));
            return future;
        }
        inFlight.add(future);
        ThreadFactory threads = wiring.threads();
        Thread thread = threads.newThread(() -> {
            Deadline deadline = Deadline.after(config.requestTimeout());
            try {
                wiring.pool().ensureReady(deadline);
                future.complete(work.run(deadline));
            } catch (SwarmException e) {
                LOG.debug("{} failed: {}", what, e.getMessage());
                future.completeExceptionally(e);
            } catch (RuntimeException e) {
                LOG.warn("{} failed unexpectedly", what, e);
                future.completeExceptionally(e);
            }
        });
        future.whenComplete((r, e) -> {
            inFlight.remove(future);
            if (future.isCancelled()) {
                thread.interrupt();
            }
        });
        thread.start();
        return future;
    }

    @Override
    public CompletableFuture<Void> initialize() {
        return submit("initialize", deadline -> {
            if (config.onion()) {
                wiring.paths().buildPaths(deadline);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<StoreResult> store(AccountId recipient, Namespace namespace, byte[] data,
            Duration ttl) {
        return store(StoreRequest.toInbox(recipient, namespace, data, ttl));
    }

    @Override
    public CompletableFuture<StoreResult> store(StoreRequest request) {
        return submit("store", deadline -> wiring.pipeline().call(new Target.Swarm(request.recipient().hex()),
                request, deadline));
    }

    @Override
    public CompletableFuture<RetrieveResult> retrieve(Ed25519KeyPair account, Namespace namespace,
            Optional<String> lastHash) {
        RetrieveRequest request = RetrieveRequest.of(account, namespace, lastHash);
        return submit("retrieve", deadline -> wiring.pipeline().call(new Target.Swarm(request.pubkey()), request,
                deadline));
    }

    @Override
    public CompletableFuture<DeleteResult> delete(Ed25519KeyPair account, List<String> hashes) {
        DeleteRequest request = new DeleteRequest(account, hashes, false);
        return submit("delete", deadline -> wiring.pipeline().call(
                new Target.Swarm(AccountId.of(account).hex()), request, deadline));
    }

    @Override
    public CompletableFuture<ExpireResult> expire(Ed25519KeyPair account, List<String> hashes, Instant expiry,
            ExpireMode mode) {
        ExpireRequest request = new ExpireRequest(account, hashes, expiry.toEpochMilli(), mode);
        return submit("expire", deadline -> wiring.pipeline().call(
                new Target.Swarm(AccountId.of(account).hex()), request, deadline));
    }

    @Override
    public CompletableFuture<Swarm> swarmOf(AccountId account) {
        return submit("swarmOf", deadline -> wiring.directory().swarmOf(account.hex(), deadline));
    }

    @Override
    public CompletableFuture<List<SubResponse>> batch(AccountId target, List<SnodeRequest<?>> requests) {
        SwarmBatch batch = new SwarmBatch(new Target.Swarm(target.hex()), requests);
        return submit("batch", deadline -> wiring.pipeline().execute(batch, deadline).results());
    }

    @Override
    public CompletableFuture<NetworkStatus> networkStatus(AccountId own) {
        return submit("networkStatus", deadline -> {
            Swarm swarm = wiring.directory().swarmOf(own.hex(), deadline);
            List<CompletableFuture<NetworkStatus.MemberStatus>> probes = new ArrayList<>();
            for (Snode member : swarm.members()) {
                probes.add(probe(member, own.hex(), deadline));
            }
            List<NetworkStatus.MemberStatus> members = probes.stream().map(CompletableFuture::join).toList();
            return new NetworkStatus(wiring.pool().size(), wiring.pool().refreshedAt(), swarm.id(), members,
                    wiring.paths().status().get(), config.networkClock().offset());
        });
    }

    private CompletableFuture<NetworkStatus.MemberStatus> probe(Snode member, String pubkey, Deadline deadline) {
        CompletableFuture<NetworkStatus.MemberStatus> result = new CompletableFuture<>();
        wiring.threads().newThread(() -> {
            long start = System.nanoTime();
            try {
                BatchReply reply = wiring.pipeline().executeOnce(
                        SwarmBatch.of(new Target.Node(member, pubkey), new InfoRequest()), deadline);
                reply.result(0, new InfoRequest());
                result.complete(new NetworkStatus.MemberStatus(member, true,
                        Optional.of(Duration.ofNanos(System.nanoTime() - start)), ""));
            } catch (SwarmException e) {
                result.complete(new NetworkStatus.MemberStatus(member, false, Optional.empty(), e.getMessage()));
            } catch (RuntimeException e) {
                result.complete(new NetworkStatus.MemberStatus(member, false, Optional.empty(), e.toString()));
            }
        }).start();
        return result;
    }

    @Override
    public ReadOnlyObservable<PathStatus> pathStatus() {
        return wiring.paths().status();
    }

    @Override
    public SwarmPoller poller(Ed25519KeyPair account, List<Namespace> namespaces, PollListener listener) {
        SwarmPoller poller = new SwarmPoller(account, namespaces, listener, config.poll(), wiring.pollerWiring());
        pollers.add(poller);
        return poller;
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        closed = true;
        pollers.forEach(SwarmPoller::stop);
        pollers.clear();
        inFlight.forEach(f -> f.cancel(true));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        shutdown().join();
    }
}
