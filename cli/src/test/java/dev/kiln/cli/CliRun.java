package dev.kiln.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs kiln in-process with captured output, optionally with text on standard input. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return withStdin(null, args);
    }

    static CliRun withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), true)
                    .execute(args);
            return new CliRun(exit, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }
}
