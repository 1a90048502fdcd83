package org.swarmchat.crypto.message;

import java.util.Base64;
import java.util.Objects;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.X25519KeyPair;

/**
 * Opens what {@link MessageSealer} (or any Session client) stores in an account's namespace 0: base64 →
 * {@code WebSocketMessage} → request body → {@code Envelope} → sealed box opened with the account's X25519
 * key → signature check → unpad → {@code Content}. The sender is the Ed25519 key inside the box, never
 * anything the envelope says.
 *
 * <p>The sent time is the envelope timestamp. The envelope is not signed, so when the signed
 * {@code Content.sigTimestamp} is set (all current clients set it) it must equal the envelope timestamp, or
 * the message is rejected as malformed — the rule Session desktop applies to 1:1 messages. Messages from old
 * clients without {@code sigTimestamp} are accepted with the envelope timestamp.
 *
 * <p>Thread-safe. It remembers the X25519 form of the last recipient key pair it was given, because a poller
 * opens many messages for one account and the conversion costs as much as the decryption.
 */
public final class MessageOpener {
    private volatile Converted lastRecipient;

    /** An Ed25519 key pair with its X25519 form. */
    private record Converted(Ed25519KeyPair ed25519, X25519KeyPair x25519) {
    }

    /** An opener. It has no configuration. */
    public MessageOpener() {
        this.lastRecipient = null;
    }

    /**
     * Opens the base64 {@code data} of a retrieved message.
     *
     * @throws MalformedMessageException when the data is not base64, longer than a storage node stores,
     *     does not parse, lacks a required part, or is not a text message ({@link NotATextMessageException})
     * @throws DecryptionException when the sealed box does not open with {@code recipient}'s key (not for
     *     this account, or altered)
     * @throws InvalidSignatureException when the box opens but its sender signature does not verify
     */
    public OpenedMessage open(String base64Data, Ed25519KeyPair recipient)
            throws DecryptionException, InvalidSignatureException, MalformedMessageException {
        if (base64Data == null) {
            throw new MalformedMessageException("message data is missing");
        }
        // Checked before decoding so that a huge string costs nothing.
        if (base64Data.length() > WireLimits.MAX_BASE64_CHARS) {
            throw new MalformedMessageException("message data is longer than a storage node stores");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Data);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("message data is not base64", e);
        }
        return open(bytes, recipient);
    }

    /**
     * Opens the raw {@code WebSocketMessage} bytes of a retrieved message.
     *
     * @throws MalformedMessageException when the bytes are more than a storage node stores, do not parse,
     *     lack a required part, or are not a text message ({@link NotATextMessageException})
     * @throws DecryptionException when the sealed box does not open with {@code recipient}'s key
     * @throws InvalidSignatureException when the box opens but its sender signature does not verify
     */
    public OpenedMessage open(byte[] webSocketMessageBytes, Ed25519KeyPair recipient)
            throws DecryptionException, InvalidSignatureException, MalformedMessageException {
        Objects.requireNonNull(recipient, "recipient");
        if (webSocketMessageBytes == null || webSocketMessageBytes.length == 0) {
            throw new MalformedMessageException("message data is empty");
        }
        if (webSocketMessageBytes.length > WireLimits.MAX_DATA_BYTES) {
            throw new MalformedMessageException("message data is larger than a storage node stores");
        }
        WireFormat.Unwrapped envelope = WireFormat.unwrap(webSocketMessageBytes);
        SessionBox.Opened box = SessionBox.decrypt(x25519Of(recipient), envelope.ciphertext());
        ContentCodec.TextContent content = ContentCodec.decode(Padding.unpad(box.message()));
        if (content.sigTimestamp().isPresent() && content.sigTimestamp().get() != envelope.timestampMillis()) {
            throw new MalformedMessageException("signed timestamp " + content.sigTimestamp().get()
                    + " differs from envelope timestamp " + envelope.timestampMillis());
        }
        return new OpenedMessage(box.senderAccount(), box.sender(), envelope.timestampMillis(),
                content.text(), content.displayName(), content.syncTarget());
    }

    /**
     * SPEC §5.3 {@code decrypt_incoming} on raw bytes: opens a sealed box of {@code M || A || sig} with
     * {@code own} and verifies {@code sig} over {@code M || A || own public key} with {@code A}. No padding,
     * no protobuf.
     *
     * @throws DecryptionException when the ciphertext is shorter than 144 bytes or does not open with
     *     {@code own}
     * @throws InvalidSignatureException when the signature does not verify or {@code A} is not a valid key
     */
    public DecryptedPayload decryptIncoming(X25519KeyPair own, byte[] ciphertext)
            throws DecryptionException, InvalidSignatureException {
        Objects.requireNonNull(own, "own");
        SessionBox.Opened box = SessionBox.decrypt(own, ciphertext);
        return new DecryptedPayload(box.message(), box.sender());
    }

    private X25519KeyPair x25519Of(Ed25519KeyPair recipient) {
        Converted last = lastRecipient;
        if (last == null || last.ed25519() != recipient) {
            last = new Converted(recipient, recipient.toX25519());
            lastRecipient = last;
        }
        return last.x25519();
    }
}
