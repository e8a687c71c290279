package dev.kiln.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.compiler.ast.AstPrinter;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.Token;
import dev.kiln.compiler.syntax.TokenKind;
import dev.kiln.compiler.syntax.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link HclFormatter}: idempotent, meaning-preserving, and total. */
class HclFormatterPropertiesTest {

    @Property(tries = 300)
    void formattingGeneratedTemplatesIsIdempotent(@ForAll long seed) {
        String input = HclBodies.generate(seed);
        String once = HclFormatter.format(input);
        assertEquals(once, HclFormatter.format(once), () -> "input:\n" + input);
    }

    @Property(tries = 300)
    void formattingNeverChangesMeaning(@ForAll long seed) {
        String input = HclBodies.generate(seed);
        String before = astWithoutRanges(input);
        assertEquals(before, astWithoutRanges(HclFormatter.format(input)), () -> "input:\n" + input);
    }

    @Property(tries = 200)
    void respacingAGoldenInputFormatsTheSame(@ForAll("goldenInputs") String input, @ForAll long seed) {
        String respaced = respace(input, new Random(seed));
        String formatted = HclFormatter.format(respaced);
        assertEquals(HclFormatter.format(input), formatted);
        assertEquals(formatted, HclFormatter.format(formatted));
    }

    @Property(tries = 100)
    void goldenInputsKeepTheirMeaning(@ForAll("goldenInputs") String input) {
        ParseResult parsed = HclParser.parse(new SourceFile("in.pkr.hcl", input));
        if (!parsed.hasErrors()) {
            assertEquals(AstPrinter.printWithoutRanges(parsed.file().body()),
                    astWithoutRanges(HclFormatter.format(input)));
        }
    }

    @Property(tries = 1000)
    void neverThrowsOnArbitraryText(@ForAll("hclishText") String text) {
        HclFormatter.format(text);
    }

    @Property(tries = 300)
    void neverThrowsOnAnyString(@ForAll String text) {
        HclFormatter.format(text);
    }

    @Provide
    Arbitrary<String> goldenInputs() throws IOException {
        List<String> inputs = HclFormatterGoldenTest.cases()
                .map(dir -> readUnchecked(dir.resolve(HclFormatterGoldenTest.INPUT)))
                .toList();
        return Arbitraries.of(inputs);
    }

    @Provide
    Arbitrary<String> hclishText() {
        return Arbitraries.strings()
                .withChars("{}[]()\"$%~<-EOT\n\r\t #/*=!?:.,abin0123456789\\")
                .ofMaxLength(80);
    }

    private static String astWithoutRanges(String text) {
        ParseResult parsed = HclParser.parse(new SourceFile("t.pkr.hcl", text));
        assertFalse(parsed.hasErrors(), () -> "parse errors " + parsed.diagnostics() + " in:\n" + text);
        return AstPrinter.printWithoutRanges(parsed.file().body());
    }

    /** Replaces every run of blanks between tokens (but the one at the very end) with 1 to 4 spaces or tabs. */
    private static String respace(String input, Random random) {
        List<Token> tokens = Tokenizer.tokenize(new SourceFile("in", input));
        StringBuilder out = new StringBuilder(input.startsWith("\uFEFF") ? "\uFEFF" : "");
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean blank = token.kind() == TokenKind.WHITESPACE || token.kind() == TokenKind.TABS;
            if (blank && i < tokens.size() - 1) {
                int length = 1 + random.nextInt(4);
                for (int j = 0; j < length; j++) out.append(random.nextInt(4) == 0 ? '\t' : ' ');
            } else {
                out.append(token.text());
            }
        }
        return out.toString();
    }

    private static String readUnchecked(Path file) {
        try {
            return HclFormatterGoldenTest.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
