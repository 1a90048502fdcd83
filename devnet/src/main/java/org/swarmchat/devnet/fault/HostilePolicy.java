package org.swarmchat.devnet.fault;

/**
 * The hostile behaviours set on one node: a node that answers, but lies. Shares are probabilities between 0 and 1,
 * drawn independently per request (and, inside a {@code batch}, per subrequest where the behaviour is per method).
 *
 * @param misdirectShare requests naming a pubkey answered 421 with a swarm that does not serve it ({@code get_swarm}:
 *     200 with that swarm)
 * @param forgeShare retrieve replies with messages added that were never stored
 * @param replayShare retrieve replies with stored messages repeated, under the same hash and under new ones
 * @param oversizedShare replies replaced by a huge JSON body of {@code oversizedBytes}
 * @param oversizedBytes how large an oversized body is
 * @param slowLorisShare replies sent at {@code slowLorisBytesPerSecond} after the head
 * @param slowLorisBytesPerSecond how fast a slow reply trickles out (at least 1)
 * @param invalidJsonShare successful replies replaced by JSON that parses but has wrong types or misses fields
 * @param wrongSignatureShare replies whose node signatures (store, delete, expire results) do not verify
 */
public record HostilePolicy(double misdirectShare, double forgeShare, double replayShare, double oversizedShare,
        int oversizedBytes, double slowLorisShare, int slowLorisBytesPerSecond, double invalidJsonShare,
        double wrongSignatureShare) {
    /** An honest node. */
    public static final HostilePolicy NONE = new HostilePolicy(0, 0, 0, 0, 0, 0, 1, 0, 0);

    /** Checks the shares and sizes. */
    public HostilePolicy {
        check(misdirectShare, "misdirectShare");
        check(forgeShare, "forgeShare");
        check(replayShare, "replayShare");
        check(oversizedShare, "oversizedShare");
        check(slowLorisShare, "slowLorisShare");
        check(invalidJsonShare, "invalidJsonShare");
        check(wrongSignatureShare, "wrongSignatureShare");
        if (oversizedBytes < 0) {
            throw new IllegalArgumentException("oversizedBytes must not be negative");
        }
        if (slowLorisBytesPerSecond < 1) {
            throw new IllegalArgumentException("slowLorisBytesPerSecond must be at least 1");
        }
    }

    /** Whether any behaviour that rewrites storage RPC answers is on. */
    public boolean rewritesReplies() {
        return misdirectShare > 0 || forgeShare > 0 || replayShare > 0 || invalidJsonShare > 0
                || wrongSignatureShare > 0;
    }

    private static void check(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
        }
    }
}
