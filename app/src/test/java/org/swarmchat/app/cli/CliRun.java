package org.swarmchat.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process run of the command line printed and returned. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SwarmchatCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output is one line ending in a newline, and holds no stack trace. */
    boolean errIsOneLine() {
        return err.endsWith("\n") && err.strip().lines().count() == 1 && !err.contains("\tat ");
    }
}
