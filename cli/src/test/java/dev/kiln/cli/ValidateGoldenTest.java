package dev.kiln.cli;

import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validate/inspect golden corpus, {@code compiler/src/test/resources/validate/<case>/}: the
 * template files, optional var files, {@code args.txt} (the kiln arguments, whitespace-separated,
 * {@code $CASE} standing for the case directory; {@code validate $CASE} when absent) and
 * {@code expected.txt}: the exit status, then stdout and stderr exactly, with the case directory
 * written as {@code $CASE}. The corpus lives with the compiler (it documents the Plan's
 * validation) but runs here, where the real plugin schemas are. {@code -Dgolden.update=true} rewrites.
 */
class ValidateGoldenTest {

    static final Path CORPUS = Path.of("..", "compiler", "src", "test", "resources", "validate");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Path argsFile = dir.resolve("args.txt");
        String argLine = Files.exists(argsFile) ? Files.readString(argsFile).trim() : "validate $CASE";
        List<String> args = new ArrayList<>(List.of("-color=false"));
        for (String token : argLine.split("\\s+")) args.add(token.replace("$CASE", dir.toString()));
        // -color is a flag of validate only; inspect never colours redirected output.
        if (!args.get(1).equals("validate")) args.remove(0);
        else args.add(1, args.remove(0));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String actual = ("exit " + run.exit() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err())
                .replace(dir.toString(), "$CASE");
        GoldenFile.check(dir.resolve("expected.txt"), actual);
    }
}
