package org.swarmchat.crypto.onion;

import java.security.SecureRandom;
import java.util.Arrays;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.internal.XChaCha20Poly1305;

/**
 * The symmetric key of one onion layer, shared by the client and one node (SPEC §4.2), with the cipher it is
 * used with. Both directions use the same key: the client encrypts the layer with it, and the destination
 * encrypts its response with it. Made by {@link HopEncryption}. Immutable and thread-safe.
 */
public final class HopKeys {
    private static final byte[] NO_AAD = new byte[0];

    private final EncryptionType type;
    private final byte[] key;
    private final X25519PublicKey clientEphemeral;

    HopKeys(EncryptionType type, byte[] key, X25519PublicKey clientEphemeral) {
        this.type = type;
        this.key = key;
        this.clientEphemeral = clientEphemeral;
    }

    /** The cipher this key is used with. */
    public EncryptionType type() {
        return type;
    }

    /** The client's ephemeral public key this key was agreed with: the layer's {@code ephemeral_key}. */
    public X25519PublicKey clientEphemeral() {
        return clientEphemeral;
    }

    /**
     * Encrypts with a fresh random IV or nonce from {@code random}.
     *
     * @return for aes-gcm {@code iv(12) || ciphertext || tag(16)}; for xchacha20
     *     {@code nonce(24) || ciphertext || tag(16)}
     */
    public byte[] encrypt(byte[] plaintext, SecureRandom random) {
        return switch (type) {
            case AES_GCM -> {
                byte[] iv = new byte[AesGcm.IV_LENGTH];
                random.nextBytes(iv);
                yield AesGcm.encrypt(key, iv, plaintext);
            }
            case XCHACHA20 -> {
                byte[] nonce = new byte[XChaCha20Poly1305.NONCE_LENGTH];
                random.nextBytes(nonce);
                byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, plaintext);
                byte[] wire = Arrays.copyOf(nonce, nonce.length + sealed.length);
                System.arraycopy(sealed, 0, wire, nonce.length, sealed.length);
                yield wire;
            }
        };
    }

    /**
     * Decrypts the wire form {@link #encrypt} produces.
     *
     * @throws DecryptionException if the input is too short to hold the IV or nonce and the tag, or the tag
     *     does not verify (wrong key, wrong type, tampered bytes)
     */
    public byte[] decrypt(byte[] wire) throws DecryptionException {
        return switch (type) {
            case AES_GCM -> AesGcm.decrypt(key, wire);
            case XCHACHA20 -> {
                int nonceLength = XChaCha20Poly1305.NONCE_LENGTH;
                if (wire.length < nonceLength + XChaCha20Poly1305.TAG_LENGTH) {
                    throw new DecryptionException("xchacha20 layer of " + wire.length
                            + " bytes is shorter than nonce and tag ("
                            + (nonceLength + XChaCha20Poly1305.TAG_LENGTH) + ")");
                }
                byte[] nonce = Arrays.copyOf(wire, nonceLength);
                yield XChaCha20Poly1305.decrypt(key, nonce, wire, nonceLength, wire.length - nonceLength,
                        NO_AAD);
            }
        };
    }

    /** A copy of the raw 32-byte key, for the known-answer tests. */
    byte[] keyBytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "HopKeys[" + type.wireName() + ", ephemeral " + clientEphemeral.hex() + "]";
    }
}
