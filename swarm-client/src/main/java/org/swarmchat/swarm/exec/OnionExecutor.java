package org.swarmchat.swarm.exec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.InvalidHopKeyException;
import org.swarmchat.crypto.onion.MalformedOnionException;
import org.swarmchat.crypto.onion.OnionRequest;
import org.swarmchat.crypto.onion.OnionRequestBuilder;
import org.swarmchat.crypto.onion.OnionResponseDecoder;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.OnionPathException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.onion.OnionPath;
import org.swarmchat.swarm.onion.PathManager;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpReply;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.TransportException;

/**
 * Sends a storage RPC to its destination through an onion path (SPEC §4.4-§4.5): picks a path that avoids the
 * destination and whose guard is not in the destination's swarm, wraps the body in aes-gcm layers (the type
 * desktop uses), POSTs it to the guard's {@code /onion_req/v2} and decrypts the destination's
 * {@code {"status","body"}}. The guard learns the client's address but not the destination or the request; the
 * destination learns the request but not who sent it.
 *
 * <p>Failure model (desktop {@code onions.ts}, libsession {@code onion_request_router.cpp}):
 * <ul>
 * <li>guard refuses the connection: guard dropped, path replaced ({@link OnionPathException}, DROP_PATH);</li>
 * <li>no reply in time, broken connection, relay error 5xx/400: one path failure, relays struck (DROP_PATH);</li>
 * <li>"Next node not found: pk": that node dropped at once; if it is the destination,
 *     {@link SnodeUnreachableException} (DROP_NODE), otherwise the path is patched (DROP_PATH);</li>
 * <li>a reply that does not decrypt, or "Invalid response from snode": a path failure without striking relays,
 *     and the destination named as a suspect, since it may be the culprit (DROP_PATH);</li>
 * <li>a decrypted reply that is not {@code {"status","body"}}: the destination is broken
 *     ({@link MalformedResponseException}, DROP_NODE).</li>
 * </ul>
 * Any status the destination itself gives is returned for the routing layer to judge.
 */
public final class OnionExecutor implements RequestExecutor<SnodeCall, SnodeReply> {
    private final HttpTransport transport;
    private final PathManager paths;
    private final SnodePool pool;
    private final OnionRequestBuilder builder;
    private final Duration attemptTimeout;

    /** An executor over {@code paths}, each attempt limited to {@code attemptTimeout}. */
    public OnionExecutor(HttpTransport transport, PathManager paths, SnodePool pool, OnionRequestBuilder builder,
            Duration attemptTimeout) {
        this.transport = transport;
        this.paths = paths;
        this.pool = pool;
        this.builder = builder;
        this.attemptTimeout = attemptTimeout;
    }

    @Override
    public SnodeReply execute(SnodeCall call, Deadline deadline) throws SwarmException {
        Snode destination = call.node();
        OnionPath path = paths.pathFor(destination, call.destinationSwarm(), deadline);
        OnionRequest onion = build(path, destination, call.body());
        HttpReply reply;
        try {
            reply = transport.post(path.guard().onionUrl(), onion.guardBody(), "application/octet-stream",
                    deadline.atMost(attemptTimeout));
        } catch (TransportException e) {
            throw transportFailure(e, path, destination, deadline);
        }
        if (reply.status() != 200) {
            throw relayFailure(RelayError.parse(reply.status(), reply.text()), path, destination);
        }
        byte[] plaintext;
        try {
            plaintext = OnionResponseDecoder.decode(reply.text(), onion.destinationKey());
        } catch (MalformedOnionException | DecryptionException e) {
            paths.reportFailure(path, "undecryptable reply", false);
            throw new OnionPathException(path.hops(), destination, "the reply from " + destination + " through "
                    + path + " cannot be decrypted (" + e.getMessage() + ")", e);
        }
        paths.reportSuccess(path);
        return destinationReply(destination, plaintext);
    }

    private OnionRequest build(OnionPath path, Snode destination, byte[] body) throws SwarmException {
        try {
            return builder.build(path.onionHops(), destination.onionHop(), body, EncryptionType.AES_GCM);
        } catch (InvalidHopKeyException e) {
            List<Snode> all = new ArrayList<>(path.hops());
            all.add(destination);
            for (Snode n : all) {
                if (e.getMessage() != null && e.getMessage().contains(n.x25519().hex())) {
                    pool.drop(n.ed25519(), "its X25519 key is of small order");
                    if (n.equals(destination)) {
                        throw new SnodeUnreachableException(destination, destination
                                + " has an unusable X25519 key", e);
                    }
                }
            }
            throw new OnionPathException(path.hops(), "a node of " + path + " has an unusable X25519 key", e);
        }
    }

    private SwarmException transportFailure(TransportException e, OnionPath path, Snode destination,
            Deadline deadline) {
        return switch (e.kind()) {
            case CANCELLED -> new RequestCancelledException("sending to " + destination + " through " + path);
            case CONNECT -> {
                paths.reportGuardUnreachable(path, e.getMessage());
                yield new OnionPathException(path.hops(), "guard " + path.guard() + " cannot be reached: "
                        + e.getMessage(), e);
            }
            case TIMEOUT -> {
                if (deadline.isExpired()) {
                    yield new DeadlineExceededException("deadline passed waiting for " + destination + " through "
                            + path, e);
                }
                paths.reportFailure(path, "timeout", true);
                yield new OnionPathException(path.hops(), "no reply from " + destination + " through " + path
                        + " within " + attemptTimeout.toMillis() + " ms", e);
            }
            case IO, TOO_LARGE -> {
                paths.reportFailure(path, e.getMessage(), true);
                yield new OnionPathException(path.hops(), "the connection to guard " + path.guard()
                        + " failed: " + e.getMessage(), e);
            }
        };
    }

    private SwarmException relayFailure(RelayError error, OnionPath path, Snode destination) {
        String what = "path " + path + " to " + destination + " answered " + error.describe();
        boolean aboutDestination = error.node().map(destination.ed25519()::equals).orElse(false);
        boolean aboutHop = error.node().map(path::contains).orElse(false);
        switch (error.kind()) {
            case NODE_UNREACHABLE -> {
                if (aboutDestination) {
                    paths.reportSuccess(path);
                    pool.drop(destination.ed25519(), "a relay cannot reach it");
                    return new SnodeUnreachableException(destination, what, null);
                }
                if (aboutHop) {
                    Snode hop = path.hops().stream().filter(h -> h.ed25519().equals(error.node().get()))
                            .findFirst().orElseThrow();
                    paths.reportHopUnreachable(path, hop.ed25519(), "a relay cannot reach it");
                    return OnionPathException.deadHop(path.hops(), hop, what);
                }
                paths.reportFailure(path, error.describe(), true);
                return new OnionPathException(path.hops(), what, null);
            }
            case NODE_NOT_READY -> {
                if (aboutDestination) {
                    pool.strike(destination.ed25519(), "not ready");
                    return new SnodeUnreachableException(destination, what, null);
                }
                error.node().ifPresent(n -> pool.strike(n, "not ready"));
                paths.reportFailure(path, error.describe(), false);
                return new OnionPathException(path.hops(), what, null);
            }
            case GUARD_NOT_READY -> {
                paths.reportFailure(path, error.describe(), false);
                return new OnionPathException(path.hops(), what, null);
            }
            default -> {
                // "Invalid response from snode" (500) comes from the last relay when the destination answered
                // nonsense: the destination is as likely at fault as the path.
                boolean destinationMayBeAtFault = error.status() == 500;
                paths.reportFailure(path, error.describe(), !destinationMayBeAtFault);
                return new OnionPathException(path.hops(), destinationMayBeAtFault ? destination : null, what, null);
            }
        }
    }

    /** Reads {@code {"status":…,"body":…}} (or {@code status_code}); a string body is the RPC body as text. */
    static SnodeReply destinationReply(Snode destination, byte[] plaintext) throws MalformedResponseException {
        JsonNode json = SnodeJson.parseObject(plaintext, "onion reply from " + destination);
        JsonNode status = json.has("status") ? json.get("status") : json.get("status_code");
        if (status == null || !status.canConvertToInt()) {
            throw new MalformedResponseException("onion reply from " + destination + " has no status");
        }
        JsonNode body = json.get("body");
        byte[] bytes = body == null || body.isNull() ? new byte[0]
                : body.isTextual() ? body.asText().getBytes(StandardCharsets.UTF_8) : SnodeJson.bytes(body);
        return new SnodeReply(destination, status.asInt(), bytes);
    }
}
