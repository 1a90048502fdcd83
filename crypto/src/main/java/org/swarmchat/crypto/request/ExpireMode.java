package org.swarmchat.crypto.request;

/** Whether an {@code expire} request may only shorten, only extend, or freely set expiries (SPEC §3.4.6). */
public enum ExpireMode {
    /** Set the expiry whichever way it moves. */
    SET(""),
    /** {@code "shorten":true}: only move expiries earlier. */
    SHORTEN("shorten"),
    /** {@code "extend":true}: only move expiries later. */
    EXTEND("extend");

    private final String signingText;

    ExpireMode(String signingText) {
        this.signingText = signingText;
    }

    /** The word this mode adds to the signed string: {@code ""}, {@code "shorten"} or {@code "extend"}. */
    public String signingText() {
        return signingText;
    }
}
