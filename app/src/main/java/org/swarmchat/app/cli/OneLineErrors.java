package org.swarmchat.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into exit status 1 and one line on stderr, never a stack trace: scripts read the line,
 * people read it too.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("swarmchat: " + oneLine(e.getMessage())
                + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.FAILURE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e instanceof UserInputException ? e.getMessage()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        cmd.getErr().println("swarmchat: " + oneLine(message));
        return ExitCodes.FAILURE;
    }

    static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
