package dev.kiln.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run behind the launcher's class-data-sharing archive: {@code ./kiln} runs this
 * class once per new jar with {@code -XX:ArchiveClassesAtExit}, and every class it loads is then
 * mapped ready-made into later runs. So it runs the commands people start most often.
 */
public final class CdsTraining {

    private CdsTraining() {}

    /** Runs the training commands with all output discarded; args[0] is the repository root. */
    public static void main(String[] args) {
        Path home = Path.of(args.length > 0 ? args[0] : ".");
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (List<String> run : runs(home)) {
            // Exit codes are ignored: a failing command still loads the classes worth archiving.
            Main.commandLine(sink, sink, false).execute(run.toArray(String[]::new));
        }
    }

    /**
     * The command lines to train on. Add a run here when a command becomes part of the common
     * path. The template is a test resource until examples/ has one; point there then. Both
     * commands only read it ({@code -check} never writes), and a missing file still trains the
     * start-up path. Never train on {@code build}: it would pull the AWS SDK into every launch.
     */
    static List<List<String>> runs(Path home) {
        String template = home.resolve("compiler/src/test/resources/parser/packer-template/input.pkr.hcl")
                .toString();
        return List.of(
                List.of("--help"),
                List.of("version"),
                List.of("version", "--no-such-flag"),
                List.of(),
                // The parser and formatter dominate these two; docs/benchmarks.md "Cold start".
                List.of("validate", "-syntax-only", template),
                List.of("fmt", "-check", template),
                // Full validation and inspect load the compiler, the evaluator and the plugin schemas.
                List.of("validate", home.resolve("examples/amazon-ebs-ubuntu").toString()),
                List.of("inspect", home.resolve("examples/amazon-ebs-ubuntu").toString()));
    }
}
