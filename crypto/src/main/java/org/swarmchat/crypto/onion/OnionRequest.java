package org.swarmchat.crypto.onion;

/**
 * A built onion request: the body to POST to the guard's {@code /onion_req/v2}, and the key the destination
 * will encrypt its response with, for {@link OnionResponseDecoder}. Immutable.
 */
public final class OnionRequest {
    private final byte[] guardBody;
    private final HopKeys destinationKey;

    OnionRequest(byte[] guardBody, HopKeys destinationKey) {
        this.guardBody = guardBody;
        this.destinationKey = destinationKey;
    }

    /** A copy of the HTTP body for the guard: {@code [len(C_G)] || C_G || {"ephemeral_key":…}}. */
    public byte[] guardBody() {
        return guardBody.clone();
    }

    /** The length of {@link #guardBody()}, without copying it. */
    public int guardBodyLength() {
        return guardBody.length;
    }

    /** The key shared with the destination; it decrypts the response. */
    public HopKeys destinationKey() {
        return destinationKey;
    }

    @Override
    public String toString() {
        return "OnionRequest[" + guardBody.length + " bytes, " + destinationKey + "]";
    }
}
