package org.swarmchat.swarm.exec;

import org.swarmchat.swarm.api.InfoRequest;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.onion.GuardTester;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Tests a candidate guard with a direct {@code info} request (SPEC §4.1: a direct request with a timeout, 2xx
 * and a JSON body is good). Desktop sends {@code get_swarm} for its own id; {@code info} needs no id and tells
 * the same thing: the node is up, speaks the storage RPC and answers in time.
 */
public final class DirectGuardTester implements GuardTester {
    private final DirectExecutor direct;
    private final NetworkClock clock;

    /** Tests through {@code direct}. */
    public DirectGuardTester(DirectExecutor direct, NetworkClock clock) {
        this.direct = direct;
        this.clock = clock;
    }

    @Override
    public void test(Snode guard, Deadline deadline) throws SwarmException {
        InfoRequest info = new InfoRequest();
        SnodeReply reply = direct.execute(new SnodeCall(guard, SnodeJson.bytes(info.toJson(clock.nowMillis()))),
                deadline);
        if (reply.status() < 200 || reply.status() >= 300) {
            throw new SnodeRequestException(reply.status(), reply.text(), "guard candidate " + guard + " answered "
                    + reply.status() + ": " + SnodeJson.preview(reply.body()));
        }
        info.parse(SnodeJson.parseObject(reply.body(), "info reply from " + guard));
    }
}
