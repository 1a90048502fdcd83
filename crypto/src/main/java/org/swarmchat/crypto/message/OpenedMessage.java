package org.swarmchat.crypto.message;

import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * A text message that was opened and whose signature verified.
 *
 * @param sender the sender's Account ID, derived from the signing key inside the sealed box (never from the
 *     envelope)
 * @param senderEd25519 the key that signed the message
 * @param sentAtMillis the sender's sent time in milliseconds since the Unix epoch (the envelope timestamp,
 *     which equals the signed {@code Content.sigTimestamp} whenever the sender set one)
 * @param text the message body
 * @param displayName the display name the sender attached, if any
 * @param syncTarget on the copy a sender keeps in its own swarm, the Account ID (hex) the original went to
 */
public record OpenedMessage(AccountId sender, Ed25519PublicKey senderEd25519, long sentAtMillis, String text,
                            Optional<String> displayName, Optional<String> syncTarget) {

    /** Checks that no component is null. */
    public OpenedMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderEd25519, "senderEd25519");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(syncTarget, "syncTarget");
    }
}
