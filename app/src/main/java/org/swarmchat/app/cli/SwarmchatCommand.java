package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code swarmchat} command line. With no command it will open the desktop app; until the app exists it
 * prints the usage. Exit status: 0 success, 1 bad input or a failure, each with one line on stderr.
 */
@Command(name = "swarmchat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A desktop messenger for the Session network.",
        subcommands = {IdCommand.class, DecodeCommand.class, DevnetCommand.class})
public final class SwarmchatCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Runs the command line and returns the process exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with the given streams and a factory of commands, for tests. */
    static int run(PrintWriter out, PrintWriter err, CommandLine.IFactory factory, String... args) {
        CommandLine cli = new CommandLine(new SwarmchatCommand(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli.execute(args);
    }
}
