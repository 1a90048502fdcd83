package org.swarmchat.devnet.node;

/**
 * A per-client-IP token bucket for direct requests (SPEC §3.1).
 *
 * @param capacity the tokens a bucket holds, and starts with
 * @param perSecond the tokens added per second
 */
public record RateLimit(double capacity, double perSecond) {
    /** The storage server's: 600 tokens, 300 a second. */
    public static final RateLimit STORAGE_SERVER = new RateLimit(600, 300);

    /** Checks the figures. */
    public RateLimit {
        if (!(capacity >= 1) || !(perSecond >= 0)) {
            throw new IllegalArgumentException("need capacity >= 1 and perSecond >= 0");
        }
    }
}
