package org.swarmchat.swarm.exec;

import java.time.Duration;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.OversizedResponseException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpReply;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.TransportException;

/**
 * Plain {@code POST /storage_rpc/v1} to the destination (SPEC §3.1), with no onion: the node sees the client's
 * address. For guard tests (which official clients also send directly), diagnostics and tests; the client's
 * own requests go through {@link OnionExecutor} unless onion routing is switched off.
 *
 * <p>Failure model: no response is {@link SnodeUnreachableException} (decision DROP_NODE); any response,
 * whatever its status, is returned for the routing layer to judge.
 */
public final class DirectExecutor implements RequestExecutor<SnodeCall, SnodeReply> {
    private final HttpTransport transport;
    private final Duration attemptTimeout;

    /** Sends through {@code transport}, each attempt for at most {@code attemptTimeout}. */
    public DirectExecutor(HttpTransport transport, Duration attemptTimeout) {
        this.transport = transport;
        this.attemptTimeout = attemptTimeout;
    }

    @Override
    public SnodeReply execute(SnodeCall call, Deadline deadline) throws SwarmException {
        try {
            HttpReply reply = transport.post(call.node().storageRpcUrl(), call.body(), "application/json",
                    deadline.atMost(attemptTimeout));
            return new SnodeReply(call.node(), reply.status(), reply.body());
        } catch (TransportException e) {
            throw switch (e.kind()) {
                case CANCELLED -> new RequestCancelledException("calling " + call.node());
                case TOO_LARGE -> new OversizedResponseException(e.getMessage(), e);
                case TIMEOUT -> deadline.isExpired()
                        ? new DeadlineExceededException("deadline passed waiting for " + call.node(), e)
                        : new SnodeUnreachableException(call.node(), call.node() + " did not answer in time", e);
                default -> new SnodeUnreachableException(call.node(), call.node() + " cannot be reached: "
                        + e.getMessage(), e);
            };
        }
    }
}
