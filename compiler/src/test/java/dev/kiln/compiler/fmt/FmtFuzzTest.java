package dev.kiln.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.ast.AstPrinter;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code kiln fmt} on any file: never throws, is idempotent, and on a valid file gives a valid file
 * with the same tree (only trivia changes).
 */
class FmtFuzzTest {

    @FuzzTest
    void formatting(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String once = HclFormatter.format(text);
        ParseResult before = HclParser.parse(new SourceFile("t.pkr.hcl", text));
        if (before.hasErrors()) return;
        assertEquals(once, HclFormatter.format(once), () -> "not idempotent on:\n" + text);
        ParseResult after = HclParser.parse(new SourceFile("t.pkr.hcl", once));
        assertEquals(
                List.of(),
                after.diagnostics(),
                () -> "formatting made a valid file invalid:\n" + text + "\n->\n" + once);
        assertEquals(
                AstPrinter.printWithoutRanges(before.file().body()),
                AstPrinter.printWithoutRanges(after.file().body()),
                () -> "formatting changed the meaning of:\n" + text);
    }
}
