package dev.kiln.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.ast.AstPrinter;
import dev.kiln.compiler.fmt.HclFormatter;
import dev.kiln.compiler.json.JsonParseResult;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.testing.DiagnosticRanges;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Both syntaxes read any bytes: the parsers never throw, every diagnostic points inside the file,
 * and a valid native file printed (by fmt) parses back to the same tree. The committed inputs are
 * templates as files, readable as they are.
 */
class SyntaxFuzzTest {

    @FuzzTest
    void nativeSyntax(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ParseResult parsed = ParserPropertiesTest.checkInvariants(text);
        if (parsed.hasErrors()) return;
        String printed = HclFormatter.format(text);
        ParseResult again = HclParser.parse(new SourceFile("t.pkr.hcl", printed));
        assertEquals(List.of(), again.diagnostics(), () -> "printed:\n" + printed);
        assertEquals(
                AstPrinter.printWithoutRanges(HclParser.parse(new SourceFile("t.pkr.hcl", text))
                        .file()
                        .body()),
                AstPrinter.printWithoutRanges(again.file().body()),
                () -> "printed:\n" + printed);
    }

    @FuzzTest
    void jsonSyntax(byte[] input) {
        SourceFile file = new SourceFile("t.pkr.json", new String(input, StandardCharsets.UTF_8));
        JsonParseResult parsed = JsonParser.parse(file);
        assertNotNull(parsed.root());
        DiagnosticRanges.assertInside(file, parsed.diagnostics());
    }
}
