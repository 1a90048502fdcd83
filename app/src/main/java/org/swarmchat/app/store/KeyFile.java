package org.swarmchat.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.internal.XChaCha20Poly1305;

/**
 * The profile's database key on disk, {@code database.key}, owner read/write only. Layout: magic {@code "SWKF"},
 * version 1, then mode 0 (the key in clear, protected by the file's permissions alone) followed by the 32-byte key,
 * or mode 1 (wrapped) followed by the Argon2id memory in KiB, passes and lanes (three big-endian ints), a 16-byte
 * salt, a 24-byte nonce and the XChaCha20-Poly1305 ciphertext of the key under the Argon2id output, with
 * everything before the nonce as associated data. Written atomically (temporary file, then ATOMIC_MOVE).
 */
final class KeyFile {
    static final String NAME = "database.key";
    static final int KEY_LENGTH = 32;

    private static final byte[] MAGIC = {'S', 'W', 'K', 'F'};
    private static final byte VERSION = 1;
    private static final byte PLAIN = 0;
    private static final byte WRAPPED = 1;
    private static final int SALT_LENGTH = 16;
    private static final int HEADER_LENGTH = MAGIC.length + 2;
    private static final int WRAPPED_PARAMS_LENGTH = 12 + SALT_LENGTH;
    private static final int PLAIN_LENGTH = HEADER_LENGTH + KEY_LENGTH;
    private static final int WRAPPED_LENGTH = HEADER_LENGTH + WRAPPED_PARAMS_LENGTH
            + XChaCha20Poly1305.NONCE_LENGTH + KEY_LENGTH + XChaCha20Poly1305.TAG_LENGTH;

    private KeyFile() {
    }

    /**
     * Argon2id cost of wrapping the key with a password.
     *
     * @param memoryKiB memory in KiB
     * @param passes passes over the memory
     * @param lanes lanes (parallelism)
     */
    record KdfParams(int memoryKiB, int passes, int lanes) {
        /** 64 MiB, 3 passes, 1 lane: about a second on a slow laptop, in Bouncy Castle's pure Java. */
        static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 1);

        /** Whether a file's parameters are plausible; anything else is a damaged or forged file. */
        boolean sane() {
            return memoryKiB >= 8 * 1024 && memoryKiB <= 1024 * 1024 && passes >= 1 && passes <= 16 && lanes >= 1
                    && lanes <= 8 && memoryKiB >= 8 * lanes;
        }
    }

    static Path path(Path profileDir) {
        return profileDir.resolve(NAME);
    }

    /** Whether the key file is wrapped by a password. */
    static boolean isWrapped(Path file) {
        byte[] bytes = readAll(file);
        return bytes.length > HEADER_LENGTH && bytes[HEADER_LENGTH - 1] == WRAPPED;
    }

    /**
     * Reads the key.
     *
     * @throws PasswordRequiredException if the file is wrapped and no password is given
     * @throws WrongPasswordException if the password does not open it
     * @throws StoreOpenException if the file is damaged or unreadable
     */
    static byte[] read(Path file, Optional<char[]> password) {
        byte[] bytes = readAll(file);
        if (bytes.length < HEADER_LENGTH || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new StoreOpenException(file + " is not a Swarmchat key file");
        }
        if (bytes[MAGIC.length] != VERSION) {
            throw new StoreOpenException(file + " is a key file of version " + bytes[MAGIC.length]
                    + ", written by a newer Swarmchat; this one reads version " + VERSION);
        }
        byte mode = bytes[HEADER_LENGTH - 1];
        if (mode == PLAIN && bytes.length == PLAIN_LENGTH) {
            return Arrays.copyOfRange(bytes, HEADER_LENGTH, PLAIN_LENGTH);
        }
        if (mode != WRAPPED || bytes.length != WRAPPED_LENGTH) {
            throw new StoreOpenException(file + " is damaged (" + bytes.length + " bytes, mode " + mode + ")");
        }
        if (password.isEmpty()) {
            throw new PasswordRequiredException("This profile is protected by a password; enter it to open "
                    + file.getParent());
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, HEADER_LENGTH, WRAPPED_PARAMS_LENGTH);
        KdfParams params = new KdfParams(in.getInt(), in.getInt(), in.getInt());
        if (!params.sane()) {
            throw new StoreOpenException(file + " has implausible key-derivation parameters " + params
                    + "; it is damaged or was not written by Swarmchat");
        }
        byte[] salt = new byte[SALT_LENGTH];
        in.get(salt);
        int aadLength = HEADER_LENGTH + WRAPPED_PARAMS_LENGTH;
        byte[] nonce = Arrays.copyOfRange(bytes, aadLength, aadLength + XChaCha20Poly1305.NONCE_LENGTH);
        byte[] wrappingKey = derive(password.get(), salt, params);
        try {
            return XChaCha20Poly1305.decrypt(wrappingKey, nonce, bytes, aadLength + nonce.length,
                    bytes.length - aadLength - nonce.length, Arrays.copyOf(bytes, aadLength));
        } catch (DecryptionException e) {
            throw new WrongPasswordException("Wrong password for the profile in " + file.getParent(), e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /** Writes {@code key}, wrapped by {@code password} if given, atomically replacing any existing file. */
    static void write(Path file, byte[] key, Optional<char[]> password, KdfParams params, SecureRandom random) {
        byte[] bytes;
        if (password.isEmpty()) {
            bytes = ByteBuffer.allocate(PLAIN_LENGTH).put(MAGIC).put(VERSION).put(PLAIN).put(key).array();
        } else {
            byte[] salt = new byte[SALT_LENGTH];
            random.nextBytes(salt);
            byte[] nonce = new byte[XChaCha20Poly1305.NONCE_LENGTH];
            random.nextBytes(nonce);
            ByteBuffer out = ByteBuffer.allocate(WRAPPED_LENGTH).put(MAGIC).put(VERSION).put(WRAPPED)
                    .putInt(params.memoryKiB()).putInt(params.passes()).putInt(params.lanes()).put(salt);
            byte[] aad = Arrays.copyOf(out.array(), out.position());
            byte[] wrappingKey = derive(password.get(), salt, params);
            try {
                out.put(nonce).put(XChaCha20Poly1305.encrypt(wrappingKey, nonce, key, aad));
            } finally {
                Arrays.fill(wrappingKey, (byte) 0);
            }
            bytes = out.array();
        }
        writeAtomically(file, bytes);
        Arrays.fill(bytes, (byte) 0);
    }

    private static byte[] derive(char[] password, byte[] salt, KdfParams params) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.passes())
                .withParallelism(params.lanes())
                .withSalt(salt)
                .build());
        byte[] out = new byte[XChaCha20Poly1305.KEY_LENGTH];
        argon2.generateBytes(password, out);
        return out;
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreOpenException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new StoreOpenException("The file system of " + file.getParent()
                        + " cannot replace files atomically; the key file would be at risk", e);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreOpenException("Cannot write " + temp + ": it exists and cannot be removed", e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreOpenException("Cannot write the key file " + file + ": " + e.getMessage(), e);
        }
    }
}
