package org.swarmchat.swarm.exec;

import org.swarmchat.swarm.api.ClockOutOfSyncException;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.OnionPathException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SnodeUnreachableException;
import org.swarmchat.swarm.api.SwarmException;

/** The failure model: which {@link FailureDecision} each failure gets (SPEC §3.3, §4.7). Stateless. */
public final class Failures {
    private Failures() {
    }

    /** The decision for {@code failure}. */
    public static FailureDecision classify(SwarmException failure) {
        if (failure instanceof RequestCancelledException || failure instanceof DeadlineExceededException) {
            return FailureDecision.FAIL;
        }
        if (failure instanceof ClockOutOfSyncException) {
            return FailureDecision.RESYNC_CLOCK;
        }
        if (failure instanceof SnodeUnreachableException || failure instanceof MalformedResponseException) {
            return FailureDecision.DROP_NODE;
        }
        if (failure instanceof OnionPathException) {
            return FailureDecision.DROP_PATH;
        }
        if (failure instanceof SnodeRequestException e) {
            return classifyStatus(e.status());
        }
        // No path yet, a whole swarm busy, no pool yet, and anything unforeseen: worth another try later.
        return FailureDecision.RETRY;
    }

    /**
     * The decision for a node's status code: 406/425 clock, 421 wrong swarm (another node), 429 rate limit,
     * 5xx node trouble, any other 4xx the request's own fault.
     */
    public static FailureDecision classifyStatus(int status) {
        if (status == 406 || status == 425) {
            return FailureDecision.RESYNC_CLOCK;
        }
        if (status == 421 || status == 503 || status == 502 || status == 504) {
            return FailureDecision.DROP_NODE;
        }
        if (status == 429 || status == 500) {
            return FailureDecision.RETRY;
        }
        return status >= 200 && status < 300 ? FailureDecision.RETRY : FailureDecision.FAIL;
    }
}
