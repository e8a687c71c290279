package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.AstPrinter;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticTextRenderer;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden tests of the parser: syntax trees of valid input, rendered diagnostics of broken input. */
class ParserGoldenTest {

    @TestFactory
    Stream<DynamicTest> syntaxTrees() {
        return GoldenFile.cases("parser", "input.pkr.hcl", "expected.txt", input -> {
            ParseResult result = parse(input);
            return render(result) + AstPrinter.print(result.file().body());
        });
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrors() {
        return GoldenFile.cases("syntax-errors", "input.pkr.hcl", "expected.txt", input -> {
            try {
                SourceFile.read(input, input.getFileName().toString());
            } catch (InvalidEncodingException e) {
                ParsedFiles files = new ParsedFiles();
                Diagnostics diagnostics = new Diagnostics();
                EncodingErrors.report(e, files, diagnostics);
                return render(diagnostics.list(), files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return render(parse(input));
        });
    }

    static ParseResult parse(Path input) {
        try {
            return HclParser.parse(SourceFile.read(input, input.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(ParseResult result) {
        ParsedFiles files = new ParsedFiles();
        files.add(result.file());
        return render(result.diagnostics(), files);
    }

    static String render(List<Diagnostic> diagnostics, ParsedFiles files) {
        DiagnosticTextRenderer renderer = new DiagnosticTextRenderer(files, false, 80);
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) out.append(renderer.render(diagnostic));
        return out.toString();
    }
}
