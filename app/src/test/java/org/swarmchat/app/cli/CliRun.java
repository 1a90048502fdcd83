package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What one in-process run of the command line printed and returned. */
record CliRun(int exitCode, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();


    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SwarmchatCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Each non-blank line of {@code out} read as a JSON object, as the commands' {@code --json} print them. */
    static List<JsonNode> jsonLines(String out) {
        return out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    /** The error output is one line ending in a newline, and holds no stack trace. */
    boolean errIsOneLine() {
        return err.endsWith("\n") && err.strip().lines().count() == 1 && !err.contains("\tat ");
    }
}
