package org.swarmchat.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Sets up logging for a command that runs long enough to be worth a log: the rolling file
 * {@code <data folder>/logs/swarmchat.log} (5 MB, the last {@value #KEPT_FILES} files kept, the folder readable by
 * its owner only) gets INFO and above of everything, and stderr keeps what {@code logback.xml} shows (warnings;
 * the devnet's INFO lines; only errors of the swarm client, whose per-node warnings a command sums up in one
 * line). With {@code verbose}, Swarmchat's own DEBUG lines go to both.
 *
 * <p>One-shot commands ({@code id}, {@code decode}, help and version) do not call this: their start-up time is
 * what scripts pay, and they log nothing. Processes that never call it (tests, those commands) get
 * {@code logback.xml}.
 *
 * <p>What is logged is chosen where it is logged: no message text, key, seed or recovery password is ever passed
 * to a logger (a test runs commands with {@code --verbose} and looks for them in the file).
 */
public final class LogSetup {
    /** The file's name in the {@value #FOLDER} folder. */
    public static final String FILE = "swarmchat.log";
    /** The folder under the data folder. */
    public static final String FOLDER = "logs";
    /** How big the file grows before it is rolled. */
    static final String MAX_FILE_SIZE = "5MB";
    /** How many files are kept: the live one and the rolled {@code swarmchat.1.log} ... {@code .4.log}. */
    static final int KEPT_FILES = 5;

    private static final String OURS = "org.swarmchat";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    private LogSetup() {
    }

    /**
     * Replaces the logging set-up of this process: the file under {@code dataFolder} and stderr. Safe to call more
     * than once (tests run many commands in one JVM); the last call wins.
     *
     * @param dataFolder the top data folder ({@code --data-dir} or the XDG default); its {@code logs} folder is
     *     made if missing
     * @param verbose whether Swarmchat's DEBUG lines go to stderr and the file as well
     * @return the log file, or empty if it could not be made (then stderr alone is used) or SLF4J is bound to
     *     another backend than Logback
     */
    public static Optional<Path> start(Path dataFolder, boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty(); // another SLF4J binding on the class path: it keeps its own set-up
        }
        context.reset();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        context.getLogger(OURS).setLevel(verbose ? Level.DEBUG : Level.INFO);
        root.addAppender(console(context, verbose));

        Path folder = dataFolder.resolve(FOLDER);
        Path file = folder.resolve(FILE);
        try {
            makePrivate(folder, file);
        } catch (IOException | RuntimeException e) {
            // INFO: a command with an unusable --data-dir says so itself, in its one line on stderr.
            LoggerFactory.getLogger(LogSetup.class).info("no log file at {}: {}", file, e.toString());
            return Optional.empty();
        }
        root.addAppender(rollingFile(context, file));
        return Optional.of(file);
    }

    /**
     * Goes back to the set-up of {@code logback.xml} (or {@code logback-test.xml}), closing the log file: for tests,
     * which run many commands in one JVM and delete their data folders.
     */
    public static void restoreDefaults() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("the default logging configuration is broken", e);
        }
    }

    /** Makes the folder (owner only) and the file (owner read and write) where the file system has permissions. */
    private static void makePrivate(Path folder, Path file) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            Files.createDirectories(folder);
            return;
        }
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, ownerOnly);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // Kept from an earlier run; the folder already keeps others out.
        }
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, boolean verbose) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder(context, CONSOLE_PATTERN));
        appender.addFilter(new ConsoleLevels(verbose));
        appender.start();
        return appender;
    }

    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path file) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setAppend(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        rolling.setFileNamePattern(file.resolveSibling(stem + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES - 1);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder(context, PATTERN));
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /**
     * What stderr shows, by logger: the same as {@code logback.xml} (WARN; the devnet's INFO; the swarm client's
     * ERROR), or with {@code verbose} everything of Swarmchat's that reaches the appender (DEBUG and above) and
     * WARN of the libraries.
     */
    static final class ConsoleLevels extends Filter<ILoggingEvent> {
        private final boolean verbose;

        ConsoleLevels(boolean verbose) {
            this.verbose = verbose;
        }

        @Override
        public FilterReply decide(ILoggingEvent event) {
            return event.getLevel().isGreaterOrEqual(threshold(event.getLoggerName()))
                    ? FilterReply.NEUTRAL : FilterReply.DENY;
        }

        private Level threshold(String logger) {
            if (verbose && isUnder(logger, OURS)) {
                return Level.DEBUG;
            }
            if (isUnder(logger, OURS + ".devnet")) {
                return Level.INFO;
            }
            if (isUnder(logger, OURS + ".swarm")) {
                return Level.ERROR;
            }
            return Level.WARN;
        }

        private static boolean isUnder(String logger, String prefix) {
            return logger.equals(prefix) || logger.startsWith(prefix + ".");
        }
    }
}
