package org.swarmchat.swarm.exec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.ClockOutOfSyncException;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.OnionPathException;
import org.swarmchat.swarm.api.OversizedResponseException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.api.SubResponse;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.directory.SwarmDirectory;
import org.swarmchat.swarm.transport.Deadline;

/**
 * Routes a batch to the right node and judges the node's answer (SPEC §2.6, §3.3).
 *
 * <p>For a swarm target it sends to a random member of the pubkey's swarm and, on failure, to another member:
 * <ul>
 * <li>421 (whole reply or a sub-result): the reply's swarm replaces the cached one (an empty one removes the
 *     member), the member is struck, and a member of the new swarm is tried (desktop
 *     {@code handle421InvalidSwarm}); at most {@value #MISDIRECTIONS_FOLLOWED} such hops per call, then the swarm
 *     is fetched again from another node, so that hostile nodes answering 421 in a loop cannot hold a call;</li>
 * <li>a 200 whose content does not hold up ({@link RoutedCall.ReplyCheck}: wrong shape, a hash that does not match,
 *     the node's own store confirmation not verifying): the member is struck as lying and another is tried;</li>
 * <li>406/425 (clock): the member may be the one with a wrong clock, so another is tried; when
 *     {@value #CLOCK_REJECTIONS_TO_BLAME_US} members reject our time, ours is wrong:
 *     {@link ClockOutOfSyncException} for the retrying layer to re-sync;</li>
 * <li>unreachable, not ready, 5xx, 429, garbage: the member is struck (or was dropped below) and another is
 *     tried;</li>
 * <li>a failed onion path: the same or another member over another path, at most
 *     {@value #PATH_FAILURES_PER_CALL} times per call; if the destination is suspected (its reply did not
 *     decrypt), it is struck and another member tried, as for a node failure. A failure whose relay named the
 *     hop it could not reach ({@link OnionPathException#deadHop()}) has already been mended (hop dropped, path
 *     patched) and counts only beyond {@value #DEAD_HOPS_PER_CALL} such failures: when a whole swarm is down, its
 *     members are often relays of our paths too, and the caller should hear that the swarm is down;</li>
 * <li>any other 4xx: the request's own fault, {@link SnodeRequestException} at once.</li>
 * </ul>
 * When every member has failed, the cached swarm is forgotten (the next try fetches it again) and
 * {@link SwarmUnavailableException} lists what each member did.
 */
public final class SwarmRoutingExecutor implements RequestExecutor<RoutedCall, BatchReply> {
    /** Distinct members that must reject our clock before we blame ourselves. */
    static final int CLOCK_REJECTIONS_TO_BLAME_US = 2;
    /** Path failures tolerated in one call before giving up to the retrying layer. */
    static final int PATH_FAILURES_PER_CALL = 3;
    /**
     * Path failures with a named dead hop that one call takes before they count as path failures: each took a
     * node out of the pool, so a run of them means many nodes are down, and the cap keeps a relay that lies about
     * its next hop from spending the call's whole deadline.
     */
    static final int DEAD_HOPS_PER_CALL = 8;
    /** Swarms named by 421 replies that one call follows before it asks the network instead. */
    static final int MISDIRECTIONS_FOLLOWED = 2;
    /**
     * Random pool nodes that may fail a request any node can answer. Attempts that failed in the onion path rather
     * than at the node count only beyond {@value #PATH_FAILURES_PER_CALL}: the path is dropped and rebuilt, so the
     * next attempt stands a fresh chance, and a run of bad relays should cost attempts, not the call.
     */
    static final int ANY_NODE_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SwarmRoutingExecutor.class);

    private final RequestExecutor<SnodeCall, SnodeReply> next;
    private final SwarmDirectory directory;
    private final SnodePool pool;
    private final RandomGenerator random;

    /** Routes through {@code next} (onion or direct). */
    public SwarmRoutingExecutor(RequestExecutor<SnodeCall, SnodeReply> next, SwarmDirectory directory,
            SnodePool pool, RandomGenerator random) {
        this.next = next;
        this.directory = directory;
        this.pool = pool;
        this.random = random;
    }

    /** How one attempt ended. */
    private sealed interface Outcome {
        record Success(BatchReply reply) implements Outcome {
        }

        record WrongSwarm(Optional<Swarm> swarm, String text) implements Outcome {
        }

        record ClockRejected(String text) implements Outcome {
        }

        record NodeFailed(SwarmException failure) implements Outcome {
        }

        record PathFailed(OnionPathException failure) implements Outcome {
        }
    }

    @Override
    public BatchReply execute(RoutedCall call, Deadline deadline) throws SwarmException {
        return switch (call.target()) {
            case Target.Swarm s -> toSwarm(s.pubkey(), call, deadline);
            case Target.Node n -> toNode(n.node(), Optional.ofNullable(n.swarmPubkey()), call, deadline);
            case Target.AnyNode a -> toAnyNode(call, deadline);
        };
    }

    /**
     * Acts on a 421 from {@code node} for {@code pubkey}, the {@code hop}-th of this call. A 421 that names a swarm
     * containing the node itself contradicts itself (a loop): the node is struck as lying and not followed. The
     * first {@value #MISDIRECTIONS_FOLLOWED} named swarms are followed; the next 421 makes the directory ask
     * another node for the swarm; after that, 421s only remove their sender from the cached swarm, so that a chain
     * of misdirecting nodes cannot lead the call around until its deadline.
     */
    private void followWrongSwarm(String pubkey, Snode node, Outcome.WrongSwarm w, int hop) {
        Optional<Swarm> named = w.swarm().filter(s -> !s.members().isEmpty());
        if (named.isPresent() && named.get().contains(node.ed25519())) {
            pool.strikeForLying(node.ed25519(), "421 for " + pubkey + " naming a swarm it is in itself");
            directory.removeMember(pubkey, node.ed25519());
            return;
        }
        pool.strike(node.ed25519(), "421 for " + pubkey);
        if (named.isPresent() && hop <= MISDIRECTIONS_FOLLOWED) {
            directory.replace(pubkey, named.get());
        } else if (hop == MISDIRECTIONS_FOLLOWED + 1) {
            LOG.debug("{} misdirections for {}: asking the network for its swarm again", hop, pubkey);
            directory.invalidate(pubkey);
        } else {
            directory.removeMember(pubkey, node.ed25519());
        }
    }

    private BatchReply toSwarm(String pubkey, RoutedCall call, Deadline deadline) throws SwarmException {
        Set<Ed25519PublicKey> tried = new HashSet<>();
        List<String> log = new ArrayList<>();
        SwarmException last = null;
        int clockRejections = 0;
        int pathFailures = 0;
        int deadHops = 0;
        int misdirections = 0;
        while (!deadline.isExpired()) {
            Swarm swarm = directory.swarmOf(pubkey, deadline);
            List<Snode> candidates = swarm.members().stream()
                    .filter(m -> !tried.contains(m.ed25519()) && !pool.isDropped(m.ed25519())).toList();
            if (candidates.isEmpty()) {
                break;
            }
            Snode node = candidates.get(random.nextInt(candidates.size()));
            tried.add(node.ed25519());
            switch (attempt(node, call, members(swarm), deadline)) {
                case Outcome.Success s -> {
                    pool.recordSuccess(node.ed25519());
                    return s.reply();
                }
                case Outcome.WrongSwarm w -> {
                    log.add(node.shortId() + ": 421 wrong swarm");
                    misdirections++;
                    followWrongSwarm(pubkey, node, w, misdirections);
                }
                case Outcome.ClockRejected c -> {
                    log.add(node.shortId() + ": clock rejected (" + c.text() + ")");
                    if (++clockRejections >= CLOCK_REJECTIONS_TO_BLAME_US) {
                        throw new ClockOutOfSyncException(clockRejections + " members of the swarm of " + pubkey
                                + " reject our timestamps: " + String.join("; ", log));
                    }
                }
                case Outcome.NodeFailed f -> {
                    log.add(node.shortId() + ": " + f.failure().getMessage());
                    last = f.failure();
                }
                case Outcome.PathFailed p -> {
                    log.add(node.shortId() + ": " + p.failure().getMessage());
                    last = p.failure();
                    if (p.failure().suspectedDestination().isPresent()) {
                        pool.strike(node.ed25519(), "suspected of a broken onion reply");
                    } else {
                        tried.remove(node.ed25519());
                        boolean mended = p.failure().deadHop().isPresent() && ++deadHops <= DEAD_HOPS_PER_CALL;
                        if (!mended && ++pathFailures >= PATH_FAILURES_PER_CALL) {
                            throw p.failure();
                        }
                    }
                }
            }
        }
        if (deadline.isExpired()) {
            throw new DeadlineExceededException("deadline passed before a member of the swarm of " + pubkey
                    + " accepted the request" + (log.isEmpty() ? "" : ": " + String.join("; ", log)), last);
        }
        directory.invalidate(pubkey);
        throw new SwarmUnavailableException(pubkey, "no member of the swarm of " + pubkey + " accepted the request"
                + (log.isEmpty() ? " (no usable member)" : ": " + String.join("; ", log)), last);
    }

    private BatchReply toNode(Snode node, Optional<String> pubkey, RoutedCall call, Deadline deadline)
            throws SwarmException {
        Set<Ed25519PublicKey> swarm = new HashSet<>(Set.of(node.ed25519()));
        pubkey.flatMap(directory::cached).ifPresent(s -> swarm.addAll(members(s)));
        return switch (attempt(node, call, swarm, deadline)) {
            case Outcome.Success s -> {
                pool.recordSuccess(node.ed25519());
                yield s.reply();
            }
            case Outcome.WrongSwarm w -> {
                pubkey.ifPresent(pk -> followWrongSwarm(pk, node, w, 1));
                throw new SnodeRequestException(421, w.text(), node + " is not in the swarm"
                        + pubkey.map(pk -> " of " + pk).orElse("") + " (421)");
            }
            case Outcome.ClockRejected c -> throw new SnodeRequestException(406, c.text(),
                    node + " rejects our timestamp: " + c.text());
            case Outcome.NodeFailed f -> throw f.failure();
            case Outcome.PathFailed p -> throw p.failure();
        };
    }

    private BatchReply toAnyNode(RoutedCall call, Deadline deadline) throws SwarmException {
        Set<Ed25519PublicKey> tried = new HashSet<>();
        List<String> log = new ArrayList<>();
        SwarmException last = null;
        Snode lastNode = null;
        int nodeFailures = 0;
        int pathFailures = 0;
        int deadHops = 0;
        while (nodeFailures < ANY_NODE_ATTEMPTS && !deadline.isExpired()) {
            List<Snode> pick = pool.random(1, tried);
            if (pick.isEmpty()) {
                break;
            }
            Snode node = pick.getFirst();
            tried.add(node.ed25519());
            lastNode = node;
            try {
                return toNode(node, Optional.empty(), call, deadline);
            } catch (SnodeRequestException e) {
                if (Failures.classify(e) == FailureDecision.FAIL) {
                    throw e;
                }
                log.add(node.shortId() + ": " + e.getMessage());
                last = e;
                nodeFailures++;
            } catch (OnionPathException e) {
                log.add(node.shortId() + ": " + e.getMessage());
                last = e;
                boolean mended = e.deadHop().isPresent() && ++deadHops <= DEAD_HOPS_PER_CALL;
                if (!mended && ++pathFailures > PATH_FAILURES_PER_CALL) {
                    nodeFailures++;
                }
            } catch (SnodeUnreachableException | MalformedResponseException e) {
                log.add(node.shortId() + ": " + e.getMessage());
                last = e;
                nodeFailures++;
            }
        }
        if (lastNode == null) {
            throw new SwarmUnavailableException("", "the node pool is empty", null);
        }
        throw new SnodeUnreachableException(lastNode, "none of " + tried.size() + " random nodes could serve the "
                + "request: " + String.join("; ", log), last);
    }

    private static Set<Ed25519PublicKey> members(Swarm swarm) {
        Set<Ed25519PublicKey> out = new HashSet<>();
        swarm.members().forEach(m -> out.add(m.ed25519()));
        return out;
    }

    private Outcome attempt(Snode node, RoutedCall call, Set<Ed25519PublicKey> swarm, Deadline deadline)
            throws SwarmException {
        SnodeReply reply;
        try {
            reply = next.execute(new SnodeCall(node, call.body(), swarm), deadline);
        } catch (OnionPathException e) {
            return new Outcome.PathFailed(e);
        } catch (SnodeUnreachableException e) {
            pool.strike(node.ed25519(), e.getMessage());
            return new Outcome.NodeFailed(e);
        } catch (OversizedResponseException e) {
            pool.strikeForLying(node.ed25519(), e.getMessage());
            return new Outcome.NodeFailed(e);
        } catch (MalformedResponseException e) {
            // Bytes that do not parse come from broken nodes as well as hostile ones: three strikes, not distrust,
            // so a node that answered garbage while it was sick is readmitted by the next swarm list.
            pool.strike(node.ed25519(), e.getMessage());
            return new Outcome.NodeFailed(e);
        }
        return judge(reply, call.check());
    }

    private Outcome judge(SnodeReply reply, RoutedCall.ReplyCheck check) throws SnodeRequestException {
        Snode node = reply.node();
        int status = reply.status();
        if (status == 200) {
            List<SubResponse> results;
            try {
                results = BatchReplies.parse(reply.body(), node.toString());
            } catch (MalformedResponseException e) {
                pool.strike(node.ed25519(), "malformed batch reply");
                return new Outcome.NodeFailed(e);
            }
            for (SubResponse r : results) {
                if (r.code() == 421) {
                    return new Outcome.WrongSwarm(swarmIn(r.body().isTextual() ? r.bodyText().getBytes(
                            StandardCharsets.UTF_8) : SnodeJson.bytes(r.body())), r.bodyText());
                }
            }
            for (SubResponse r : results) {
                if (r.code() == 406 || r.code() == 425) {
                    return new Outcome.ClockRejected(r.code() + " " + r.bodyText().strip());
                }
            }
            for (SubResponse r : results) {
                if (Failures.classifyStatus(r.code()) != FailureDecision.FAIL && !r.isSuccess()) {
                    return nodeTrouble(node, r.code(), r.bodyText());
                }
            }
            return checked(new BatchReply(node, results), check);
        }
        if (status == 421) {
            return new Outcome.WrongSwarm(swarmIn(reply.body()), reply.text());
        }
        if (status == 406 || status == 425) {
            return new Outcome.ClockRejected(status + " " + reply.text().strip());
        }
        if (Failures.classifyStatus(status) != FailureDecision.FAIL) {
            return nodeTrouble(node, status, reply.text());
        }
        throw new SnodeRequestException(status, reply.text(), node + " refused the request with " + status + ": "
                + SnodeJson.preview(reply.body()));
    }

    /** A reply whose content does not hold up fails like a broken node; the suspects it names are struck. */
    private Outcome checked(BatchReply reply, RoutedCall.ReplyCheck check) {
        Snode node = reply.node();
        try {
            for (Ed25519PublicKey suspect : check.check(reply)) {
                pool.strike(suspect, "unverifiable result in a reply of " + node.shortId());
            }
        } catch (MalformedResponseException e) {
            pool.strikeForLying(node.ed25519(), e.getMessage());
            return new Outcome.NodeFailed(e);
        }
        return new Outcome.Success(reply);
    }

    private Outcome nodeTrouble(Snode node, int status, String text) {
        if (status == 503) {
            pool.strike(node.ed25519(), "not ready");
        }
        return new Outcome.NodeFailed(new SnodeRequestException(status, text, node + " answered " + status + ": "
                + SnodeJson.preview(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static Optional<Swarm> swarmIn(byte[] body) {
        try {
            return Optional.of(Swarm.parse(SnodeJson.parse(body, "421 reply")));
        } catch (MalformedResponseException e) {
            LOG.debug("421 reply without a usable swarm: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
