package dev.kiln.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden evaluation cases: each {@code src/test/resources/eval/<area>.txt} holds cases of a
 * {@code > expression} line followed by what it evaluates to (the console rendering and the type)
 * or the rendered diagnostics. {@code -Dgolden.update=true} rewrites the expectations.
 */
class EvalGoldenTest {

    /** One case: comment lines before it, the expression, the expected text. */
    private record Case(List<String> comments, String expression, String expected) {}

    @TestFactory
    Stream<DynamicTest> areas() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(GoldenFile.area("eval"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().flatMap(this::cases);
    }

    private Stream<DynamicTest> cases(Path file) {
        List<Case> cases = read(file);
        EvalContext context = EvalFixtures.context();
        String area = file.getFileName().toString().replace(".txt", "");
        if (GoldenFile.updating()) {
            // The expectations live among the inputs: regenerate the whole file through the shared writer.
            StringBuilder out = new StringBuilder();
            for (Case c : cases) {
                c.comments().forEach(line -> out.append(line).append('\n'));
                out.append("> ")
                        .append(c.expression().replace("\n", "\n| "))
                        .append('\n')
                        .append(EvalFixtures.show(c.expression(), context))
                        .append('\n');
            }
            GoldenFile.check(file, out.toString());
            cases = read(file);
        }
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(
                        area + ": " + c.expression().replace('\n', ' '),
                        () -> assertEquals(
                                c.expected(),
                                EvalFixtures.show(c.expression(), context).stripTrailing())));
    }

    private static List<Case> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("> ")) {
                StringBuilder expression = new StringBuilder(line.substring(2));
                int j = i + 1;
                while (j < lines.size() && lines.get(j).startsWith("| ")) {
                    expression.append('\n').append(lines.get(j).substring(2));
                    j++;
                }
                StringBuilder expected = new StringBuilder();
                while (j < lines.size()
                        && !lines.get(j).startsWith("> ")
                        && !lines.get(j).startsWith("# ")) {
                    expected.append(lines.get(j)).append('\n');
                    j++;
                }
                cases.add(new Case(
                        List.copyOf(comments),
                        expression.toString(),
                        expected.toString().stripTrailing()));
                comments.clear();
                i = j;
            } else {
                if (line.startsWith("#")) comments.add(line);
                i++;
            }
        }
        return cases;
    }
}
