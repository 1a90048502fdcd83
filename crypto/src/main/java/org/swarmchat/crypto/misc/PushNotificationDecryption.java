package org.swarmchat.crypto.misc;

import java.util.Arrays;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.internal.XChaCha20Poly1305;

/**
 * Opens a push notification payload from the Session push server (libsession
 * {@code decrypt_push_notification}): {@code nonce(24) || XChaCha20-Poly1305 ciphertext}, encrypted with the
 * 32-byte key the device registered with, the plaintext padded with trailing zero bytes. Stateless.
 */
public final class PushNotificationDecryption {
    /** Bytes in the device's notification key. */
    public static final int KEY_LENGTH = XChaCha20Poly1305.KEY_LENGTH;

    private PushNotificationDecryption() {
    }

    /**
     * Decrypts {@code payload} and strips the trailing 0x00 padding.
     *
     * @param encryptionKey the device's 32-byte notification key
     * @throws DecryptionException if the payload is shorter than nonce and tag (40 bytes) or does not decrypt
     *     with the key
     * @throws IllegalArgumentException if the key is not 32 bytes
     */
    public static byte[] decrypt(byte[] payload, byte[] encryptionKey) throws DecryptionException {
        if (encryptionKey == null || encryptionKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("push notification key must be " + KEY_LENGTH + " bytes");
        }
        int nonceLength = XChaCha20Poly1305.NONCE_LENGTH;
        if (payload == null || payload.length < nonceLength + XChaCha20Poly1305.TAG_LENGTH) {
            throw new DecryptionException("push notification payload of " + (payload == null ? 0 : payload.length)
                    + " bytes is too short for nonce and tag");
        }
        byte[] nonce = Arrays.copyOf(payload, nonceLength);
        byte[] padded = XChaCha20Poly1305.decrypt(encryptionKey, nonce, payload, nonceLength,
                payload.length - nonceLength, new byte[0]);
        int end = padded.length;
        while (end > 0 && padded[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(padded, end);
    }
}
