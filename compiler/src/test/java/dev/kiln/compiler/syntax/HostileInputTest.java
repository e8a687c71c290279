package dev.kiln.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.ast.AstPrinter;
import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.EvaluatorFunctions;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.eval.Variables;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at the edges, generated here rather than committed: deep nesting of every kind, huge
 * files, odd bytes. Each must give located diagnostics or pass, never throw, in bounded time.
 */
class HostileInputTest {

    /**
     * CPU time, so that a loaded machine does not fail the test: generous, since what is tested is
     * that the work is proportional to the input (the million-line file takes about 10 s of CPU).
     */
    private static final long TIME_LIMIT_MS = 60_000;

    /** Expressions nested {@code n} levels deep, one per construct that makes the syntax tree deeper. */
    private static final List<Nesting> NESTINGS = List.of(
            new Nesting("brackets", n -> "[".repeat(n) + "1" + "]".repeat(n)),
            new Nesting("parentheses", n -> "(".repeat(n) + "1" + ")".repeat(n)),
            new Nesting("objects", n -> "{a = ".repeat(n) + "1" + "}".repeat(n)),
            new Nesting("calls", n -> "abs(".repeat(n) + "1" + ")".repeat(n)),
            new Nesting("for expressions", n -> "[for x in ".repeat(n) + "[1]" + " : x]".repeat(n)),
            new Nesting("interpolations", n -> "\"${".repeat(n / 2) + "1" + "}\"".repeat(n / 2)),
            new Nesting("not operators", n -> "!".repeat(n) + "true"),
            new Nesting("negations", n -> "-".repeat(n) + "1"),
            new Nesting("additions", n -> "1" + " + 1".repeat(n)),
            new Nesting("conditionals", n -> "true ? 1 : ".repeat(n) + "2"),
            new Nesting("attribute chain", n -> "{b = 1}" + ".b".repeat(n)),
            new Nesting("index chain", n -> "[0]" + "[0]".repeat(n)),
            new Nesting("if directives", n -> "\"" + "%{if true}".repeat(n) + "x" + "%{endif}".repeat(n) + "\""),
            new Nesting(
                    "for directives", n -> "\"" + "%{for x in [1]}".repeat(n) + "x" + "%{endfor}".repeat(n) + "\""));

    private record Nesting(String name, IntFunction<String> expression) {}

    @TestFactory
    Stream<DynamicTest> nestingWithinTheLimitParsesAndEvaluates() {
        return NESTINGS.stream()
                .map(nesting -> DynamicTest.dynamicTest(nesting.name(), () -> {
                    String text = "x = " + nesting.expression().apply(NestingLimit.MAX_DEPTH - 5) + "\n";
                    ParseResult result = timed(() -> HclParser.parse(new SourceFile("deep.pkr.hcl", text)));
                    assertEquals(List.of(), result.diagnostics());
                    Expression expression =
                            ((Attribute) result.file().body().items().get(0)).expression();
                    EvalResult value = timed(() -> ExpressionEvaluator.evaluate(
                            expression, EvalContext.of(EvaluatorFunctions.catalog(PackerFunctions.catalog()))));
                    assertTrue(value.value().isKnown() || !value.diagnostics().isEmpty(), nesting.name());
                    Variables.of(expression);
                    AstPrinter.print(result.file().body());
                }));
    }

    @TestFactory
    Stream<DynamicTest> nestingBeyondTheLimitIsOneLocatedError() {
        return NESTINGS.stream()
                .map(nesting -> DynamicTest.dynamicTest(nesting.name(), () -> {
                    String text = "ok = 1\nx = " + nesting.expression().apply(100_000) + "\n";
                    ParseResult result = timed(() -> HclParser.parse(new SourceFile("deep.pkr.hcl", text)));
                    assertEquals(
                            1,
                            result.diagnostics().size(),
                            () -> result.diagnostics().toString());
                    Diagnostic diagnostic = result.diagnostics().get(0);
                    assertEquals("Nesting too deep", diagnostic.summary());
                    assertEquals(2, diagnostic.subject().start().line());
                }));
    }

    @Test
    void deeplyNestedJsonIsOneLocatedError() {
        String text = "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<Diagnostic> diagnostics = timed(() -> JsonParser.parse(new SourceFile("deep.pkr.json", text)))
                .diagnostics();
        assertEquals(1, diagnostics.size());
        assertEquals("Nesting too deep", diagnostics.get(0).summary());
    }

    @TestFactory
    Stream<DynamicTest> functionsRefuseRunawayInputWithADiagnostic() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        return Stream.of(
                        new String[] {"jsondecode", "jsondecode(\"" + deep + "\")", "exceeded max depth"},
                        new String[] {"yamldecode", "yamldecode(\"" + deep + "\")", "exceeded max depth"},
                        new String[] {"file of /dev/zero", "file(\"/dev/zero\")", "larger than 64 MiB"})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> {
                    EvalResult result = timed(() -> evaluate(c[1]));
                    assertEquals(
                            1,
                            result.diagnostics().size(),
                            () -> result.diagnostics().toString());
                    assertTrue(result.diagnostics().get(0).detail().contains(c[2]), result.diagnostics()::toString);
                }));
    }

    @Test
    void regularExpressionsMatchInLinearTime() {
        EvalResult result = timed(() -> evaluate("length(regexall(\"(a|a)*b\", \"" + "a".repeat(100_000) + "\"))"));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(Value.number(0), result.value());
    }

    private static EvalResult evaluate(String expression) {
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<console-input>", expression));
        assertEquals(List.of(), parsed.diagnostics());
        return ExpressionEvaluator.evaluate(
                parsed.expression(), EvalContext.of(EvaluatorFunctions.catalog(PackerFunctions.catalog())));
    }

    @Test
    void invalidUtf8IsReportedOnEachLineThatHasIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.pkr.hcl");
        Files.write(file, new byte[] {
            (byte) 0xEF,
            (byte) 0xBB,
            (byte) 0xBF,
            'a',
            '=',
            '1',
            '\n',
            'b',
            '=',
            '"',
            (byte) 0xFF,
            (byte) 0xFE,
            '"',
            '\n',
            'c',
            '=',
            '"',
            'x',
            (byte) 0xE9,
            '"',
            '\n'
        });
        InvalidEncodingException e =
                assertThrows(InvalidEncodingException.class, () -> SourceFile.read(file, "bad.pkr.hcl"));
        ParsedFiles files = new ParsedFiles();
        Diagnostics diagnostics = new Diagnostics();
        EncodingErrors.report(e, files, diagnostics);
        assertEquals(
                List.of("Invalid character encoding 2:4", "Invalid character encoding 3:5"),
                diagnostics.list().stream()
                        .map(d -> d.summary() + " " + d.subject().start().line() + ":"
                                + d.subject().start().column())
                        .toList());
        assertTrue(ParserGoldenTest.render(diagnostics.list(), files).contains("   2: b=\"\uFFFD\uFFFD\""));
    }

    @Test
    void byteOrderMarkAndNulBytes() {
        assertEquals(List.of(), parse("\uFEFFa = \"x\u0000y\"\n").diagnostics());
        List<Diagnostic> nul = parse("a = 1\nb = 1\u0000\nc = 2\n").diagnostics();
        assertEquals(List.of("Invalid character 2"), summaries(nul));
    }

    @Test
    void carriageReturnsAloneAreLocated() {
        List<Diagnostic> diagnostics = parse("a = 1\rb = 2\r").diagnostics();
        assertTrue(
                diagnostics.get(0).detail().startsWith("A carriage return must be followed by a line feed"),
                diagnostics::toString);
    }

    @Test
    void aTenMegabyteString() {
        String big = "x".repeat(10_000_000);
        ParseResult result = timed(() -> parse("a = \"" + big + "\"\nb = \"" + big + "${1}\"\n"));
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void aMillionLines() {
        StringBuilder text = new StringBuilder("locals {\n");
        for (int i = 0; i < 1_000_000; i++)
            text.append("  a").append(i).append(" = ").append(i).append('\n');
        text.append("  broken = \n}\n");
        ParseResult result = timed(() -> parse(text.toString()));
        assertEquals(List.of("Invalid expression 1000002"), summaries(result.diagnostics()));
    }

    @Test
    void everyDiagnosticOfAMangledFileIsInsideIt() {
        String text = "a = {\"${[(\n".repeat(10_000) + "}])\"\n";
        SourceFile file = new SourceFile("mangled.pkr.hcl", text);
        for (Diagnostic diagnostic : timed(() -> HclParser.parse(file)).diagnostics()) {
            SourceRange subject = diagnostic.subject();
            assertTrue(
                    subject.end().offset() <= text.length() && subject.start().line() >= 1, diagnostic::toString);
        }
    }

    private static ParseResult parse(String text) {
        return HclParser.parse(new SourceFile("edge.pkr.hcl", text));
    }

    private static List<String> summaries(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.summary() + " " + d.subject().start().line())
                .toList();
    }

    private static <T> T timed(java.util.function.Supplier<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        T result = work.get();
        long ms = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertTrue(ms < TIME_LIMIT_MS, "took " + ms + " ms");
        return result;
    }
}
