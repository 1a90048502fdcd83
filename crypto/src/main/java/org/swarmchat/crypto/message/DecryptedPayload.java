package org.swarmchat.crypto.message;

import java.util.Objects;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.KeyConversion;

/**
 * The result of SPEC §5.3 {@code decrypt_incoming}: the plaintext and the Ed25519 key that signed it.
 *
 * @param plaintext the decrypted message {@code M} (a defensive copy is kept and returned)
 * @param sender the sender's Ed25519 key {@code A}; its signature over {@code M || A || own key} verified
 */
public record DecryptedPayload(byte[] plaintext, Ed25519PublicKey sender) {

    /** Copies the plaintext. */
    public DecryptedPayload {
        plaintext = Objects.requireNonNull(plaintext, "plaintext").clone();
        Objects.requireNonNull(sender, "sender");
    }

    /** A copy of the plaintext. */
    @Override
    public byte[] plaintext() {
        return plaintext.clone();
    }

    /**
     * The sender's Account ID: {@code 05} + the X25519 form of {@link #sender()}.
     *
     * @throws IllegalStateException when the key has no X25519 form, which {@link MessageOpener} never returns
     */
    public AccountId senderAccountId() {
        return AccountId.of(KeyConversion.toX25519(sender)
                .orElseThrow(() -> new IllegalStateException("sender key has no X25519 form")));
    }
}
