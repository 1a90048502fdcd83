package org.swarmchat.devnet.store;

/** The namespace kinds of SPEC §3.6, which decide TTL limits, authentication and outbox behaviour. */
public final class Namespaces {
    /** The smallest namespace (int16). */
    public static final int MIN = -32_768;
    /** The largest namespace (int16). */
    public static final int MAX = 32_767;
    /** The default namespace of 1:1 messages, written as the empty string in signed strings and hashes. */
    public static final int DEFAULT = 0;
    /** The legacy closed-group namespace, retrievable without authentication. */
    public static final int LEGACY_CLOSED_GROUP = -10;

    private Namespaces() {
    }

    /** Public inbox (ns % 10 == 0): anyone may store, TTL up to 14 days. */
    public static boolean isPublicInbox(int ns) {
        return ns % 10 == 0;
    }

    /** Public outbox ({@code -(20n+1)}: -1, -21, ...): one message, retrievable without authentication. */
    public static boolean isPublicOutbox(int ns) {
        return ns < 0 && ns % 20 == -1;
    }

    /** Namespaces whose retrieve needs no signature: the legacy closed groups and public outboxes. */
    public static boolean isNoAuthRetrieve(int ns) {
        return ns == LEGACY_CLOSED_GROUP || isPublicOutbox(ns);
    }

    /** Namespaces retrievable even by revoked subaccounts: negative ones ending in 11 (-11, -111, ...). */
    public static boolean isUnrevocable(int ns) {
        return ns < 0 && ns % 100 == -11;
    }

    /** The namespace as it appears in signed strings and hashes: empty for 0, else its decimal text. */
    public static String signatureText(int ns) {
        return ns == DEFAULT ? "" : Integer.toString(ns);
    }
}
