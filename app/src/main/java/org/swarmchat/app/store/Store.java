package org.swarmchat.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.swarm.directory.SnodePoolStore;
import org.swarmchat.swarm.directory.SwarmCacheStore;
import org.swarmchat.swarm.poll.PollStateStore;

/**
 * A profile's encrypted SQLite store: {@code swarmchat.db} (WAL mode) and {@code database.key} in the profile
 * folder. Sensitive columns are sealed under subkeys of the database key, and search goes through a keyed blind
 * index (ADR 0005). All writes run on one writer thread, in queue order; reads run on a small pool of read-only
 * connections. Events are delivered after the commit on a dispatch thread of their own. Thread-safe.
 */
public final class Store implements AutoCloseable {
    /** The database file's name in the profile folder. */
    public static final String DATABASE_FILE = "swarmchat.db";

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final int READERS = 4;
    /** Below this size a full page check at open takes well under a second. */
    private static final long FULL_CHECK_BELOW_BYTES = 64L << 20;
    private static final java.time.Duration FULL_CHECK_EVERY = java.time.Duration.ofDays(7);
    private static final int WRITER_CACHE_KIB = 64 * 1024;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String KEY_CHECK = "key_check";

    private final Path profileDir;
    private final Path databaseFile;
    private final DbConnection writerDb;
    private final Writer writer;
    private final ReaderPool readers;
    private final EventBus events = new EventBus();
    private final FieldSealer sealer;
    private final BlindIndex index;
    private final SecureRandom random;
    private final KeyFile.KdfParams kdf;
    private final ReentrantLock lifecycle = new ReentrantLock();
    private final SqlSnodePoolStore snodePoolStore = new SqlSnodePoolStore(this);
    private final SqlSwarmCacheStore swarmCacheStore = new SqlSwarmCacheStore(this);
    private final SqlPollStateStore pollStateStore = new SqlPollStateStore(this);
    private boolean closed;

    private Store(Path profileDir, byte[] key, SecureRandom random, KeyFile.KdfParams kdf) {
        this.profileDir = profileDir;
        this.databaseFile = profileDir.resolve(DATABASE_FILE);
        this.random = random;
        this.kdf = kdf;
        this.sealer = new FieldSealer(StoreKeys.derive(key, StoreKeys.FIELD_LABEL), random, databaseFile);
        this.index = new BlindIndex(StoreKeys.derive(key, StoreKeys.INDEX_LABEL));
        if (Files.exists(databaseFile)) {
            precheck(databaseFile, needsPageCheck(databaseFile));
        }
        this.writerDb = DbConnection.open(databaseFile, false, WRITER_CACHE_KIB);
        try {
            Migrations.migrate(writerDb);
            checkKey();
            this.readers = new ReaderPool(databaseFile, READERS);
        } catch (RuntimeException e) {
            writerDb.close();
            throw e;
        }
        this.writer = new Writer(writerDb, db -> new Tx(db, true, sealer, index), events);
        writer.start();
        markOpen(databaseFile);
    }

    /** Whether {@code profileDir} holds a database file. */
    public static boolean exists(Path profileDir) {
        return Files.isRegularFile(profileDir.resolve(DATABASE_FILE));
    }

    /**
     * Opens the profile's store, creating the folder (0700), the key file (0600) and the database if absent. At
     * creation a given password wraps the key; later it unlocks it.
     *
     * @throws PasswordRequiredException if the key file is wrapped and no password is given
     * @throws WrongPasswordException if the password is wrong (nothing on disk changes)
     * @throws DataTooNewException if a newer Swarmchat wrote the database (nothing changes)
     * @throws CorruptDatabaseException if the database is damaged or not a database (it is left as it is)
     * @throws StoreOpenException otherwise, e.g. the folder is not writable or the key file is missing
     */
    public static Store open(Path profileDir, Optional<char[]> password) {
        return open(profileDir, password, KeyFile.KdfParams.DEFAULT);
    }

    /** {@link #open(Path, Optional)} with the given Argon2id cost for a new key file: for tests. */
    static Store open(Path profileDir, Optional<char[]> password, KeyFile.KdfParams kdf) {
        Path dir = profileDir.toAbsolutePath();
        createFolder(dir);
        Path keyFile = KeyFile.path(dir);
        Path db = dir.resolve(DATABASE_FILE);
        SecureRandom random = new SecureRandom();
        byte[] key;
        if (Files.exists(keyFile)) {
            key = KeyFile.read(keyFile, password);
        } else if (Files.exists(db)) {
            throw new StoreOpenException("The key file " + keyFile + " is missing; without it the database " + db
                    + " cannot be read. Restore the key file from a backup.");
        } else {
            key = new byte[KeyFile.KEY_LENGTH];
            random.nextBytes(key);
            KeyFile.write(keyFile, key, password, kdf, random);
        }
        createOwnerOnly(db);
        try {
            return new Store(dir, key, random, kdf);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Runs {@code work} as one transaction on the writer thread, after the work queued before it. If it throws, the
     * transaction is rolled back and the future fails with that exception; otherwise the future completes after the
     * commit and its events are published. Dependent stages without an executor run on the writer thread, so they
     * must not block.
     */
    public <T> CompletableFuture<T> write(Function<Tables, T> work) {
        return writer.submit(work::apply);
    }

    /**
     * {@link #write} and wait for it; rethrows the work's unchecked exception as it is.
     *
     * @throws IllegalStateException if called from a write's work (it would wait for itself)
     */
    public <T> T writeAndWait(Function<Tables, T> work) {
        return writeTx(work::apply);
    }

    /**
     * Runs {@code work} on a reader connection in one transaction: it sees one consistent snapshot. Mutating
     * calls throw {@link IllegalStateException}. Blocks while all readers are busy.
     */
    public <T> T read(Function<Tables, T> work) {
        return readTx(work::apply);
    }

    /** Delivers the events of each commit, in commit order, on the store's dispatch thread; close to stop. */
    public AutoCloseable subscribe(Consumer<StoreEvent> listener) {
        return events.subscribe(listener);
    }

    /** The swarm client's node pool, in table {@code node_pool}. */
    public SnodePoolStore snodePoolStore() {
        return snodePoolStore;
    }

    /** The swarm client's swarm cache, in table {@code swarm_cache}. */
    public SwarmCacheStore swarmCacheStore() {
        return swarmCacheStore;
    }

    /** The poller's state, in tables {@code poll_state} and {@code seen_hashes}. */
    public PollStateStore pollStateStore() {
        return pollStateStore;
    }

    /**
     * Rewraps the key file: with {@code newPassword}, or in clear (owner-only) if empty. Replaces the file
     * atomically; the database is not touched.
     *
     * @throws WrongPasswordException if the file is wrapped and {@code oldPassword} is missing or wrong
     */
    public void changePassword(Optional<char[]> oldPassword, Optional<char[]> newPassword) {
        lifecycle.lock();
        try {
            Path keyFile = KeyFile.path(profileDir);
            byte[] key;
            try {
                key = KeyFile.read(keyFile, oldPassword);
            } catch (PasswordRequiredException e) {
                throw new WrongPasswordException("The current password is needed to change it", e);
            }
            try {
                KeyFile.write(keyFile, key, newPassword, kdf, random);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            LOG.info("Rewrapped the key of {} ({})", profileDir, newPassword.isPresent() ? "password" : "no password");
        } finally {
            lifecycle.unlock();
        }
    }

    /** The database file. */
    public Path databaseFile() {
        return databaseFile;
    }

    /** Runs the queued writes, then closes every connection. Idempotent. */
    @Override
    public void close() {
        lifecycle.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            lifecycle.unlock();
        }
        writer.stop();
        readers.close();
        writerDb.close();
        events.close();
        markClosed(databaseFile);
    }

    /**
     * Whether to read every page at open ({@code PRAGMA quick_check}). It costs about 1 s per 100,000 messages, so
     * it runs when the file is small, when the last session ended without {@link #close()} (a crash, a kill, a
     * power cut: the moments a page is most likely damaged), and otherwise once a week. SQLite still reports a
     * damaged page whenever one is read.
     */
    private static boolean needsPageCheck(Path db) {
        try {
            if (Files.size(db) < FULL_CHECK_BELOW_BYTES || Files.exists(openMarker(db))) {
                return true;
            }
            Path checked = checkedMarker(db);
            return !Files.exists(checked) || Files.getLastModifiedTime(checked).toInstant()
                    .isBefore(java.time.Instant.now().minus(FULL_CHECK_EVERY));
        } catch (IOException e) {
            return true;
        }
    }

    private static Path openMarker(Path db) {
        return db.resolveSibling(db.getFileName() + ".open");
    }

    private static Path checkedMarker(Path db) {
        return db.resolveSibling(db.getFileName() + ".checked");
    }

    private static void markOpen(Path db) {
        try {
            Files.write(openMarker(db), new byte[0]);
        } catch (IOException e) {
            LOG.warn("cannot mark {} open; the next start checks every page: {}", db, e.getMessage());
        }
    }

    private static void markClosed(Path db) {
        try {
            Files.deleteIfExists(openMarker(db));
        } catch (IOException e) {
            LOG.warn("cannot mark {} closed; the next start checks every page: {}", db, e.getMessage());
        }
    }

    <T> T writeTx(Function<Tx, T> work) {
        if (writer.isWriterThread()) {
            throw new IllegalStateException("writeAndWait inside a write would wait for itself; use the Tables given");
        }
        try {
            return writer.submit(work).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new StoreException("A write failed: " + e.getCause(), e.getCause());
        }
    }

    <T> T readTx(Function<Tx, T> work) {
        return readers.read(db -> work.apply(new Tx(db, false, sealer, index)));
    }

    private void checkKey() {
        Optional<byte[]> check = writerDb.queryOne("SELECT value FROM store_meta WHERE name = ?",
                ps -> ps.setString(1, KEY_CHECK), rs -> rs.getBytes(1));
        if (check.isEmpty()) {
            writerDb.update("INSERT INTO store_meta (name, value) VALUES (?, ?)", ps -> {
                ps.setString(1, KEY_CHECK);
                ps.setBytes(2, sealer.sealText(KEY_CHECK, "store_meta", "value", KEY_CHECK));
            });
            return;
        }
        try {
            sealer.open(check.get(), "store_meta", "value", KEY_CHECK);
        } catch (CorruptDatabaseException e) {
            throw new StoreOpenException("The key file " + KeyFile.path(profileDir)
                    + " does not belong to the database " + databaseFile
                    + "; put back the key file that was created with it", e);
        }
    }

    /** Checks an existing file before anything may write to it: the header, the schema version, the pages. */
    private static void precheck(Path db, boolean pages) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(db)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreOpenException("Cannot read the database " + db + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            return;
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new CorruptDatabaseException("The file " + db + " is not a database: SQLite says \"file is not a "
                    + "database\" (its header is wrong). It was left as it is; restore it from a backup or move it "
                    + "away to start afresh.");
        }
        try (DbConnection check = DbConnection.open(db, true, 2048)) {
            int version = Migrations.version(check);
            if (version > Migrations.LATEST) {
                throw Migrations.tooNew(check, version);
            }
            if (!pages) {
                return;
            }
            List<String> problems = check.strings("PRAGMA quick_check");
            if (!problems.equals(List.of("ok"))) {
                throw new CorruptDatabaseException("The database " + db + " is damaged: SQLite's quick check says \""
                        + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                        + "\". It was left as it is; restore it from a backup or move it away to start afresh.");
            }
        }
        try {
            Files.write(checkedMarker(db), new byte[0]);
        } catch (IOException e) {
            LOG.debug("cannot record the page check of {}: {}", db, e.getMessage());
        }
    }

    /**
     * Creates an empty database file readable by its owner only, if absent: SQLite would create it under the umask,
     * and its {@code -wal} and {@code -shm} files copy its permissions.
     */
    private static void createOwnerOnly(Path db) {
        try {
            Files.createFile(db, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // an existing database keeps the permissions its owner gave it
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreOpenException("Cannot create the database " + db + ": " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                if (dir.getParent() != null) {
                    Files.createDirectories(dir.getParent());
                }
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreOpenException("The profile folder " + dir + " exists but is not a folder", e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new StoreOpenException("Cannot create the profile folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreOpenException("The profile folder " + dir + " is not writable; check its permissions");
        }
    }
}
