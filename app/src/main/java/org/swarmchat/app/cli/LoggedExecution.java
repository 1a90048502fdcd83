package org.swarmchat.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.logging.LogSetup;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the parsed command as picocli's {@link CommandLine.RunLast} does, after starting the log file for every
 * command but the one-shot ones: {@code id}, {@code decode}, help and version return in a fraction of a second,
 * scripts call them hundreds of times, and they log nothing, so they do not load Logback at all.
 */
final class LoggedExecution implements CommandLine.IExecutionStrategy {
    /** The commands that run without a log file. */
    static final Set<String> QUICK = Set.of("id", "decode");

    private final SwarmchatCommand root;

    LoggedExecution(SwarmchatCommand root) {
        this.root = root;
    }

    @Override
    public int execute(ParseResult parseResult) {
        if (wantsLog(parseResult)) {
            LogSetup.start(root.dataDirectory().root(), root.verbose());
            // The command's name only: its arguments may hold a message text or a password file's name.
            LoggerFactory.getLogger(LoggedExecution.class).info("{}, command: {} (Java {})",
                    new VersionProvider().getVersion()[0], commandName(parseResult), Runtime.version());
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** The names of the command and its subcommands, such as {@code swarmchat account create}. */
    static String commandName(ParseResult parseResult) {
        List<String> names = new ArrayList<>();
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            names.add(level.commandSpec().name());
        }
        return String.join(" ", names);
    }

    /** Whether the command {@code parseResult} names gets a log file. */
    static boolean wantsLog(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
                return false;
            }
            if (level != parseResult && level.commandSpec().parent() == parseResult.commandSpec()
                    && QUICK.contains(level.commandSpec().name())) {
                return false;
            }
        }
        return true;
    }
}
