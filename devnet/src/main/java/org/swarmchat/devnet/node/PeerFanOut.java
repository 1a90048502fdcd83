package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.swarmchat.devnet.registry.Snode;

/**
 * A recursive request sent to every swarm peer, and the collection of their answers into the {@code swarm} map
 * (SPEC §3.2): a peer's own result, or {@code {"failed": true}} with {@code timeout}, {@code code} and
 * {@code reason}, or {@code bad_peer_response}. An unreachable peer counts as a timeout, as an OxenMQ request to a
 * node that is down ends in one; the devnet just does not wait for it.
 */
final class PeerFanOut {
    private final List<Snode> peers;
    private final List<CompletableFuture<PeerReply>> replies;

    private PeerFanOut(List<Snode> peers, List<CompletableFuture<PeerReply>> replies) {
        this.peers = peers;
        this.replies = replies;
    }

    /** Sends {@code request} to every peer of the context's node. */
    static PeerFanOut start(CallContext ctx, ForwardedRequest request) {
        List<Snode> peers = ctx.peers();
        List<CompletableFuture<PeerReply>> replies = new ArrayList<>();
        for (Snode peer : peers) {
            replies.add(ctx.node().peers().forward(peer, request));
        }
        return new PeerFanOut(peers, replies);
    }

    /** Waits up to {@code timeout} in all and puts each peer's entry into {@code swarm}. */
    void collectInto(ObjectNode swarm, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < peers.size(); i++) {
            swarm.set(peers.get(i).ed25519().hex(), entry(replies.get(i), deadline));
        }
    }

    private static ObjectNode entry(CompletableFuture<PeerReply> reply, long deadline) {
        PeerReply answer;
        try {
            answer = reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return failed().put("timeout", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed().put("timeout", true);
        } catch (ExecutionException e) {
            return failed().put("bad_peer_response", true);
        }
        return switch (answer) {
            case PeerReply.Unreachable u -> failed().put("timeout", true);
            case PeerReply.Garbage g -> failed().put("bad_peer_response", true);
            case PeerReply.Answered a when a.response().status() == 200 && a.response().isJson()
                    && a.response().json().isObject() -> ((ObjectNode) a.response().json()).deepCopy();
            case PeerReply.Answered a -> {
                ObjectNode f = failed();
                f.put("code", a.response().status());
                f.put("reason", a.response().isJson() ? a.response().json().toString() : a.response().text());
                yield f;
            }
        };
    }

    private static ObjectNode failed() {
        return Json.object().put("failed", true);
    }
}
