package org.swarmchat.crypto.onion;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.swarmchat.crypto.DecryptionException;

/** AES-256-GCM in the onion wire layout {@code iv(12) || ciphertext || tag(16)}, no associated data. */
final class AesGcm {
    static final int IV_LENGTH = 12;
    static final int TAG_LENGTH = 16;

    private AesGcm() {
    }

    static byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
        GCMModeCipher gcm = cipher(true, key, iv);
        byte[] out = new byte[IV_LENGTH + plaintext.length + TAG_LENGTH];
        System.arraycopy(iv, 0, out, 0, IV_LENGTH);
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, IV_LENGTH);
        try {
            gcm.doFinal(out, IV_LENGTH + n);
        } catch (InvalidCipherTextException e) {
            // Only decryption verifies a tag; encryption cannot get here.
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
        return out;
    }

    static byte[] decrypt(byte[] key, byte[] wire) throws DecryptionException {
        if (wire.length < IV_LENGTH + TAG_LENGTH) {
            throw new DecryptionException("AES-GCM layer of " + wire.length + " bytes is shorter than IV and tag ("
                    + (IV_LENGTH + TAG_LENGTH) + ")");
        }
        byte[] iv = new byte[IV_LENGTH];
        System.arraycopy(wire, 0, iv, 0, IV_LENGTH);
        GCMModeCipher gcm = cipher(false, key, iv);
        byte[] out = new byte[wire.length - IV_LENGTH - TAG_LENGTH];
        try {
            int n = gcm.processBytes(wire, IV_LENGTH, wire.length - IV_LENGTH, out, 0);
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new DecryptionException("AES-GCM authentication failed", e);
        }
        return out;
    }

    private static GCMModeCipher cipher(boolean forEncryption, byte[] key, byte[] iv) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(forEncryption, new AEADParameters(new KeyParameter(key), 8 * TAG_LENGTH, iv));
        return gcm;
    }
}
