package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.devnet.fault.FaultAction;
import org.swarmchat.devnet.fault.FaultControl;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.http.HttpRequest;
import org.swarmchat.devnet.http.HttpsListener;
import org.swarmchat.devnet.http.Routes;
import org.swarmchat.devnet.recording.RequestRecorder;
import org.swarmchat.devnet.recording.SeenRequest;
import org.swarmchat.devnet.registry.BlockGate;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.registry.SwarmEvents;
import org.swarmchat.devnet.store.MessageStore;
import org.swarmchat.devnet.store.StoredMessage;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * One storage node of the devnet, behaving like session-storage-server towards clients: HTTPS on its own loopback
 * port with a self-signed certificate, {@code POST /storage_rpc/v1} with the methods, checks and status codes of
 * SPEC §3, {@code POST /json_rpc} (the seed role) and {@code GET /info} (network info), its own SQLite store, 421
 * for pubkeys of other swarms, replication of recursive requests to its swarm peers, and the hand-over of records
 * when membership changes (SPEC §2.5). Further endpoints, such as {@code /onion_req/v2}, plug into
 * {@link #routes()}.
 *
 * <p>Every request that touches messages passes the registry's {@link BlockGate}, so it runs entirely under one
 * network view. Thread-safe.
 */
public final class StorageNode implements AutoCloseable {
    private static final String NOT_READY = "Service node is not ready: not in any swarm\n";

    private final NodeIdentity identity;
    private final MessageStore store;
    private final NodeEnvironment env;
    private final NodeClock clock;
    private final FaultControl faults;
    private final Routes routes = new Routes();
    private final HttpsListener listener;
    private final NodeServices services;
    private final RpcDispatcher dispatcher = new RpcDispatcher();
    private final HostileReplies hostile;
    private final RateLimiter rateLimiter;
    private final RequestRecorder recorder = new RequestRecorder();
    private volatile NetworkView view;

    /**
     * A node that is not yet listening.
     *
     * @param identity its keys
     * @param port its HTTPS port; 0 picks one on the first {@link #start()}
     * @param ssl its TLS context
     * @param store its messages
     * @param env what it shares with the other nodes
     * @param faultRandom draws the requests its faults hit
     */
    public StorageNode(NodeIdentity identity, int port, SSLContext ssl, MessageStore store, NodeEnvironment env,
            RandomGenerator faultRandom) {
        this.identity = identity;
        this.store = store;
        this.env = env;
        this.clock = new NodeClock(env.clock());
        this.view = env.registry().view();
        this.faults = new FaultControl(faultRandom, new Lifecycle(), clock::setSkew);
        this.hostile = new HostileReplies(faults);
        this.listener = new HttpsListener(identity.ed25519().hex().substring(0, 12), port, ssl, env.executor(),
                routes, faults);
        this.services = new NodeServices(identity, store, clock, env.peers(), env.oxend(), env.executor(),
                env.peerTimeout());
        this.rateLimiter = env.rateLimit() != null ? new RateLimiter(env.rateLimit(), System::nanoTime) : null;
        routes.add("POST", "/storage_rpc/v1", this::storageRpc)
                .add("POST", "/json_rpc", env.oxend()::handle)
                .add("GET", "/info", env.info()::handle)
                .add("GET", "/get_stats/v1", r -> HttpReply.json(200,
                        "{\"version\":\"2.8.0\"}".getBytes(StandardCharsets.UTF_8)))
                .add("POST", "/ping_test/v1", r -> HttpReply.text(200, ""));
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @throws IOException if the port cannot be bound
     */
    public void start() throws IOException {
        listener.start();
    }

    /** Whether the node listens now. */
    public boolean isRunning() {
        return listener.isRunning();
    }

    /** The node's HTTPS port (the picked one once started). */
    public int port() {
        return listener.port();
    }

    /** The node's keys. */
    public NodeIdentity identity() {
        return identity;
    }

    /** The node as the registry lists it. */
    public Snode snode() {
        return new Snode(identity.ed25519(), identity.x25519(), "127.0.0.1", port());
    }

    /** The node's faults. */
    public FaultControl faults() {
        return faults;
    }

    /** The node's clock, skew included. */
    public NodeClock clock() {
        return clock;
    }

    /** The node's messages. */
    public MessageStore store() {
        return store;
    }

    /** The network as this node last learned it. */
    public NetworkView view() {
        return view;
    }

    /** The route table; add endpoints here (e.g. {@code POST /onion_req/v2}). */
    public Routes routes() {
        return routes;
    }

    /** What this node saw of each request, once switched on (off by default). */
    public RequestRecorder recorder() {
        return recorder;
    }

    /**
     * Answers a storage RPC body as if it came in on {@code /storage_rpc/v1} directly, minus rate limiting and the
     * long-poll check: for endpoints that unwrap requests themselves, such as onion requests.
     */
    public RpcResponse processStorageRpc(byte[] body) {
        try (BlockGate.Hold hold = env.registry().gate().enter()) {
            NetworkView v = view;
            if (v.swarmIdOf(identity.ed25519()) == SwarmSpace.INVALID_SWARM_ID) {
                return RpcResponse.text(503, NOT_READY);
            }
            CallContext ctx = new CallContext(services, v, false);
            return hostile.rewrite(body, dispatcher.handle(body, ctx), ctx);
        }
    }

    /** Learns the current view without a block (when the devnet starts or restarts). */
    public void learn(NetworkView current) {
        view = current;
    }

    /**
     * Learns of a block and works out what to push where (SPEC §2.5): all records to members that joined this
     * node's swarm, records of owners that moved to a new swarm to that swarm, and everything to its owner's
     * current swarm when this node's swarm dissolved. Expired records are not pushed.
     */
    public HandOver planHandOver(NetworkView before, NetworkView after) {
        view = after;
        SwarmEvents events = SwarmEvents.derive(identity.ed25519(), before, after);
        boolean mayErase = events.left() && !events.dissolved();
        if (!events.needsHandOver() || !store.exists()) {
            return mayErase ? new HandOver(Map.of(), true) : HandOver.NONE;
        }
        long now = clock.millis();
        Map<Snode, List<StoredMessage>> pushes = new LinkedHashMap<>();
        if (events.dissolved()) {
            for (StoredMessage m : unexpired(store.all(), now)) {
                addTo(pushes, after.members(after.swarmFor(owner(m))), List.of(m));
            }
        } else {
            if (!events.newMembers().isEmpty()) {
                addTo(pushes, events.newMembers(), unexpired(store.all(), now));
            }
            Set<Long> fresh = new HashSet<>();
            for (long id : events.newSwarms()) {
                fresh.add(id);
            }
            if (!fresh.isEmpty()) {
                for (String owner : store.owners()) {
                    long swarm = after.swarmFor(HexCodec.decode(owner, "owner"));
                    if (fresh.contains(swarm)) {
                        addTo(pushes, after.members(swarm), unexpired(store.ofOwners(List.of(owner)), now));
                    }
                }
            }
        }
        return new HandOver(pushes, mayErase);
    }

    /** Deletes expired messages, if the store is open (a closed one is purged when next used). */
    public int purgeExpired() {
        return store.isOpen() ? store.purgeExpired(clock.millis()) : 0;
    }

    /** Stops listening and closes the store; the data stays on disk. */
    @Override
    public void close() {
        listener.stop();
        store.close();
    }

    /**
     * A request forwarded by a swarm peer, under the fault {@code action} drawn for it ({@link #drawFault}); empty
     * if this node drops it. Runs inside the entry node's gate.
     */
    Optional<PeerReply> handleForwarded(ForwardedRequest request, FaultAction action) {
        if (!action.delay().isZero()) {
            try {
                Thread.sleep(action.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        switch (action.outcome()) {
            case DROP:
                return Optional.empty();
            case GARBAGE:
                return Optional.of(new PeerReply.Garbage());
            default:
                break;
        }
        CallContext ctx = new CallContext(services, view, true);
        String method = request.method();
        JsonNode params = request.params();
        RpcResponse response = request.parsed().map(call -> RpcDispatcher.run(call, ctx))
                .orElseGet(() -> dispatcher.dispatch(method, params, ctx));
        return Optional.of(new PeerReply.Answered(hostile.rewriteForwarded(method, params, response, ctx)));
    }

    /** What this node's faults do to the next request a peer forwards to it. */
    FaultAction drawFault() {
        return faults.next();
    }

    /** Records handed over by a peer; existing ones are kept. */
    void receivePush(List<StoredMessage> messages) {
        store.storeAll(messages);
    }

    private HttpReply storageRpc(HttpRequest request) {
        if (request.header("X-Loki-Long-Poll").isPresent()) {
            return HttpReply.text(410, "long polling is no longer supported");
        }
        if (rateLimiter != null && !rateLimiter.tryAcquire(request.remoteAddress())) {
            return HttpReply.text(429, "too many requests, try again later");
        }
        recorder.record(() -> SeenRequest.storage(SeenRequest.Role.DIRECT, request.remoteAddress(), Optional.empty(),
                request.body()));
        RpcResponse response = processStorageRpc(request.body());
        return new HttpReply(response.status(), response.contentType(), response.body());
    }

    private void addTo(Map<Snode, List<StoredMessage>> pushes, List<Snode> targets, List<StoredMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        for (Snode target : targets) {
            if (!target.ed25519().equals(identity.ed25519())) {
                pushes.computeIfAbsent(target, t -> new ArrayList<>()).addAll(messages);
            }
        }
    }

    private static List<StoredMessage> unexpired(List<StoredMessage> messages, long now) {
        return messages.stream().filter(m -> m.expiry() > now).toList();
    }

    private static byte[] owner(StoredMessage m) {
        return HexCodec.decode(m.owner(), "owner");
    }

    @Override
    public String toString() {
        return "StorageNode[" + identity.ed25519().hex() + " on port " + port() + "]";
    }

    /** Stop and start for {@link FaultControl}: the socket closes and reopens on the same port. */
    private final class Lifecycle implements FaultControl.Lifecycle {
        @Override
        public void stop() {
            listener.stop();
        }

        @Override
        public void start() {
            try {
                listener.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on port " + listener.port() + " again", e);
            }
        }

        @Override
        public boolean isRunning() {
            return listener.isRunning();
        }
    }
}
