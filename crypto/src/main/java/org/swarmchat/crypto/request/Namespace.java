package org.swarmchat.crypto.request;

/**
 * A storage-server namespace (SPEC §3.6): a signed 16-bit number that partitions an account's messages
 * (0 = 1:1 messages, 2-5 = config, -10 = legacy closed groups, …).
 *
 * @param value the namespace number, -32768 to 32767
 */
public record Namespace(int value) {
    /** Namespace 0: 1:1 messages, the public inbox. */
    public static final Namespace DEFAULT = new Namespace(0);

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if {@code value} does not fit in 16 signed bits
     */
    public Namespace {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("namespace " + value + " is outside the int16 range");
        }
    }

    /** The namespace with this number. */
    public static Namespace of(int value) {
        return value == 0 ? DEFAULT : new Namespace(value);
    }

    /**
     * How the namespace appears in signed strings and message hashes: empty for namespace 0 (so that
     * signatures from before namespaces existed stay valid), the decimal number otherwise ({@code "2"},
     * {@code "-10"}).
     */
    public String signingText() {
        return value == 0 ? "" : Integer.toString(value);
    }
}
