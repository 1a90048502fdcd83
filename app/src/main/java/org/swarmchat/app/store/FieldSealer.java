package org.swarmchat.app.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.internal.XChaCha20Poly1305;

/**
 * Seals and opens column values: {@code nonce(24) || XChaCha20-Poly1305(fieldKey, nonce, value, aad)} with a random
 * nonce and the associated data {@code "swarmchat-store-v1|table|column|row"}, so that a value moved to another row
 * or column no longer opens. Thread-safe.
 */
final class FieldSealer {
    private static final int NONCE = XChaCha20Poly1305.NONCE_LENGTH;

    private final byte[] key;
    private final SecureRandom random;
    private final Path databaseFile;

    FieldSealer(byte[] key, SecureRandom random, Path databaseFile) {
        this.key = key.clone();
        this.random = random;
        this.databaseFile = databaseFile;
    }

    byte[] seal(byte[] value, String table, String column, Object row) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] sealed = XChaCha20Poly1305.encrypt(key, nonce, value, aad(table, column, row));
        byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE, sealed.length);
        return out;
    }

    byte[] sealText(String value, String table, String column, Object row) {
        return seal(value.getBytes(StandardCharsets.UTF_8), table, column, row);
    }

    /**
     * Opens a sealed value.
     *
     * @throws CorruptDatabaseException naming the file, table, column and row if it does not open
     */
    byte[] open(byte[] sealed, String table, String column, Object row) {
        if (sealed == null || sealed.length < NONCE + XChaCha20Poly1305.TAG_LENGTH) {
            throw damaged(table, column, row, "too short", null);
        }
        try {
            return XChaCha20Poly1305.decrypt(key, Arrays.copyOf(sealed, NONCE), sealed, NONCE, sealed.length - NONCE,
                    aad(table, column, row));
        } catch (DecryptionException e) {
            throw damaged(table, column, row, "it does not open (damaged, or moved from another row)", e);
        }
    }

    String openText(byte[] sealed, String table, String column, Object row) {
        return new String(open(sealed, table, column, row), StandardCharsets.UTF_8);
    }

    private CorruptDatabaseException damaged(String table, String column, Object row, String why, Throwable cause) {
        return new CorruptDatabaseException("In " + databaseFile + ", the sealed " + table + "." + column + " of row "
                + row + " is unusable: " + why, cause);
    }

    private static byte[] aad(String table, String column, Object row) {
        return ("swarmchat-store-v1|" + table + "|" + column + "|" + row).getBytes(StandardCharsets.UTF_8);
    }
}
