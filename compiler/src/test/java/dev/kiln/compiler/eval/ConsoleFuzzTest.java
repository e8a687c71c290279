package dev.kiln.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.stdlib.render.ConsoleFormat;
import dev.kiln.stdlib.render.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What {@code kiln console} does with a line: parse, evaluate, print. Never throws, and every
 * input is answered in bounded time (the functions refuse runaway work with an error).
 */
class ConsoleFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @FuzzTest
    void expressions(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<console-input>", line));
        if (!parsed.hasErrors()) {
            EvalResult result = ExpressionEvaluator.evaluate(parsed.expression(), EvalFixtures.context());
            if (!result.hasErrors()) ConsoleFormat.format(result.value(), RenderOptions.CONSOLE);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, () -> "took " + took + ": " + line);
    }
}
