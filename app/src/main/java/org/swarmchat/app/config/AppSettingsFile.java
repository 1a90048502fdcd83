package org.swarmchat.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file {@code <data folder>/settings.json} that keeps {@link AppSettings}. A missing file means the defaults; a
 * damaged one is logged and read as the defaults too (settings are not worth refusing to start over). Writes go to
 * a temporary file that then replaces the old one in one rename, so a crash leaves the old or the new settings,
 * never half of each.
 *
 * <p>Thread-safe. {@link #read()} and {@link #update} do file I/O: call them off the JavaFX thread.
 */
public final class AppSettingsFile {
    /** The file's name in the data folder. */
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(AppSettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AppSettings current;

    /** The settings file at {@code file}; nothing is read yet. */
    public AppSettingsFile(Path file) {
        this.file = file;
    }

    /** The settings file of data folder {@code data}. */
    public static AppSettingsFile in(DataDirectory data) {
        return new AppSettingsFile(data.root().resolve(FILE_NAME));
    }

    /** Where the settings are kept. */
    public Path file() {
        return file;
    }

    /** The settings as last read or written; reads the file the first time. */
    public AppSettings read() {
        AppSettings known = current;
        if (known != null) {
            return known;
        }
        lock.lock();
        try {
            if (current == null) {
                current = load();
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The network the desktop app joins: the one the command line names, else the saved one.
     *
     * @param commandLine what {@code --network} said, if it was given
     */
    public NetworkChoice networkToUse(Optional<NetworkChoice> commandLine) {
        return commandLine.orElseGet(() -> read().networkChoice());
    }

    /**
     * Applies {@code change} to the current settings and writes the result.
     *
     * @return the settings written
     * @throws UncheckedIOException if the file cannot be written (the old one is then unchanged)
     */
    public AppSettings update(UnaryOperator<AppSettings> change) {
        lock.lock();
        try {
            AppSettings next = change.apply(read());
            write(next);
            current = next;
            return next;
        } finally {
            lock.unlock();
        }
    }

    private AppSettings load() {
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return AppSettings.defaults();
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}); using the default settings", file, e.getMessage());
            return AppSettings.defaults();
        }
        AppSettings defaults = AppSettings.defaults();
        try {
            // Field by field, each with its default: a file from an older version lacks newer fields.
            return new AppSettings(tree.path("network").asText(defaults.network()),
                    tree.path("notifications").asBoolean(defaults.notifications()));
        } catch (IllegalArgumentException e) {
            LOG.warn("{} names a network this version cannot use ({}); using the default settings", file,
                    e.getMessage());
            return defaults;
        }
    }

    private void write(AppSettings settings) {
        ObjectNode tree = JSON.createObjectNode();
        tree.put("network", settings.network());
        tree.put("notifications", settings.notifications());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                // On disk before the rename: otherwise a crash could leave the new name on empty content.
                out.force(true);
            }
            move(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the settings in " + file + ": " + e.getMessage(), e);
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
