package org.swarmchat.crypto.message;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidAccountIdException;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * Turns a text message into the bytes a client stores in the recipient's namespace 0 (SPEC §5.4):
 * {@code Content} protobuf, padded (§5.6), signed and sealed to the recipient (§5.2), wrapped in an
 * {@code Envelope} (type 6, sourceDevice 1, sent time) and a {@code WebSocketMessage} request frame.
 *
 * <p>Thread-safe: it holds only its options and the injected {@link SecureRandom}.
 */
public final class MessageSealer {
    /** The largest sealed message a storage node accepts, in bytes (before base64). */
    public static final int MAX_WIRE_BYTES = WireLimits.MAX_DATA_BYTES;

    /**
     * Wire choices where Session clients differ.
     *
     * @param decoyProSig set {@code Envelope.proSig} (11) to a random, validly-encoded decoy signature, as
     *     current libsession does for non-Pro senders so that Pro and non-Pro envelopes look alike; older
     *     clients leave it out, and every receiver accepts both
     * @param legacyDataMessageTimestamp also put the sent time in {@code DataMessage.timestamp} (7), which
     *     older clients read; current desktop reserves the field and relies on {@code Content.sigTimestamp}
     */
    public record Options(boolean decoyProSig, boolean legacyDataMessageTimestamp) {
        /** Both on: look like current libsession and stay readable by older clients. */
        public static Options defaults() {
            return new Options(true, true);
        }
    }

    private final SecureRandom random;
    private final Options options;
    private final boolean deterministicBox;

    /** A sealer with {@link Options#defaults()}. */
    public MessageSealer(SecureRandom random) {
        this(random, Options.defaults());
    }

    /** A sealer with the given wire options. */
    public MessageSealer(SecureRandom random, Options options) {
        this(random, options, false);
    }

    /**
     * With {@code deterministicBox}, the sealed box uses libsession's deterministic ephemeral key so that the
     * output reproduces the test vectors. Never for real messages: the same message sealed twice to the same
     * recipient gives the same bytes.
     */
    MessageSealer(SecureRandom random, Options options, boolean deterministicBox) {
        this.random = Objects.requireNonNull(random, "random");
        this.options = Objects.requireNonNull(options, "options");
        this.deterministicBox = deterministicBox;
    }

    /**
     * Seals {@code message} from {@code sender} to {@code recipient}: the {@code WebSocketMessage} bytes whose
     * base64 form is the {@code data} of a store request to the recipient's namespace 0.
     *
     * @throws MessageTooLargeException when the result would exceed {@link #MAX_WIRE_BYTES}
     * @throws InvalidAccountIdException when the recipient's key is of small order (no real account's is)
     */
    public byte[] seal(Ed25519KeyPair sender, AccountId recipient, OutgoingText message) {
        return sealTo(sender, recipient, message, Optional.empty());
    }

    /** {@link #seal} as standard padded base64, ready for a store request's {@code data}. Same exceptions. */
    public String sealBase64(Ed25519KeyPair sender, AccountId recipient, OutgoingText message) {
        return Base64.getEncoder().encodeToString(seal(sender, recipient, message));
    }

    /**
     * Seals the copy of a message that the sender keeps in its own swarm: the same content with
     * {@code dataMessage.syncTarget} set to {@code recipient}, sealed to the sender's own account. Its other
     * devices learn of the sent message from it.
     *
     * @throws MessageTooLargeException when the result would exceed {@link #MAX_WIRE_BYTES}
     */
    public byte[] sealSyncCopy(Ed25519KeyPair sender, AccountId recipient, OutgoingText message) {
        return sealTo(sender, AccountId.of(sender), message, Optional.of(recipient));
    }

    /** {@link #sealSyncCopy} as standard padded base64. Same exceptions. */
    public String sealSyncCopyBase64(Ed25519KeyPair sender, AccountId recipient, OutgoingText message) {
        return Base64.getEncoder().encodeToString(sealSyncCopy(sender, recipient, message));
    }

    /**
     * SPEC §5.2 on raw bytes: {@code crypto_box_seal(M || A || sig, Y)} with {@code sig} over
     * {@code M || A || Y}; {@code len(M) + 144} bytes. No padding, no protobuf.
     *
     * @throws IllegalArgumentException when {@code recipient} is of small order
     */
    public byte[] encryptForRecipient(Ed25519KeyPair sender, X25519PublicKey recipient, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        return deterministicBox
                ? SessionBox.encryptDeterministic(sender, recipient, plaintext)
                : SessionBox.encrypt(sender, recipient, plaintext, random);
    }

    private byte[] sealTo(Ed25519KeyPair sender, AccountId to, OutgoingText message, Optional<AccountId> sync) {
        byte[] content = ContentCodec.encode(message, options.legacyDataMessageTimestamp(), sync);
        byte[] padded = Padding.pad(content);
        // Fail before the expensive steps: the frame adds less than 100 bytes to the ciphertext.
        if (padded.length + WireLimits.ENCRYPTION_OVERHEAD > MAX_WIRE_BYTES) {
            throw tooLarge(padded.length + WireLimits.ENCRYPTION_OVERHEAD);
        }
        byte[] ciphertext;
        try {
            ciphertext = encryptForRecipient(sender, to.publicKey(), padded);
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountIdException("Account ID " + to + " is not a usable X25519 key");
        }
        Optional<byte[]> proSig = options.decoyProSig() ? Optional.of(decoyProSig()) : Optional.empty();
        byte[] wire = WireFormat.webSocketRequest(WireFormat.envelope(message.sentAtMillis(), ciphertext, proSig));
        if (wire.length > MAX_WIRE_BYTES) {
            throw tooLarge(wire.length);
        }
        return wire;
    }

    /**
     * A decoy for {@code Envelope.proSig}: a real Ed25519 signature by a throwaway key over random bytes, so
     * it is a validly-encoded signature (R a curve point, s reduced) like a real Pro signature, yet verifies
     * against no key anyone knows. Libsession builds its decoy from random scalars; this has the same shape.
     */
    private byte[] decoyProSig() {
        byte[] noise = new byte[32];
        random.nextBytes(noise);
        return Ed25519KeyPair.generate(random).sign(noise);
    }

    private static MessageTooLargeException tooLarge(int size) {
        return new MessageTooLargeException(
                "sealed message would be " + size + " bytes; storage nodes accept at most " + MAX_WIRE_BYTES);
    }
}
