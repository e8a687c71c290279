package dev.kiln.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
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

/** Properties of {@link HclFormatter}: idempotent, meaning-preserving, and total. */
class HclFormatterPropertiesTest {

    private static final List<String> GOLDEN_INPUTS = goldenInputs();

    @FuzzTest
    void formattingGeneratedTemplatesIsIdempotent(FuzzedDataProvider data) {
        String input = HclBodies.generate(data.consumeLong());
        String once = HclFormatter.format(input);
        assertEquals(once, HclFormatter.format(once), () -> "input:\n" + input);
    }

    @FuzzTest
    void formattingNeverChangesMeaning(FuzzedDataProvider data) {
        String input = HclBodies.generate(data.consumeLong());
        String before = astWithoutRanges(input);
        assertEquals(before, astWithoutRanges(HclFormatter.format(input)), () -> "input:\n" + input);
    }

    @FuzzTest
    void respacingAGoldenInputFormatsTheSame(FuzzedDataProvider data) {
        String input = data.pickValue(GOLDEN_INPUTS);
        String respaced = respace(input, new Random(data.consumeLong()));
        String formatted = HclFormatter.format(respaced);
        assertEquals(HclFormatter.format(input), formatted);
        assertEquals(formatted, HclFormatter.format(formatted));
    }

    @FuzzTest
    void goldenInputsKeepTheirMeaning(FuzzedDataProvider data) {
        String input = data.pickValue(GOLDEN_INPUTS);
        ParseResult parsed = HclParser.parse(new SourceFile("in.pkr.hcl", input));
        if (!parsed.hasErrors()) {
            assertEquals(
                    AstPrinter.printWithoutRanges(parsed.file().body()), astWithoutRanges(HclFormatter.format(input)));
        }
    }

    @FuzzTest
    void neverThrowsOnArbitraryText(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        for (int i = data.consumeInt(0, 80); i > 0; i--) text.append(data.pickValue(HCLISH_CHARACTERS));
        HclFormatter.format(text.toString());
    }

    @FuzzTest
    void neverThrowsOnAnyString(FuzzedDataProvider data) {
        HclFormatter.format(data.consumeRemainingAsString());
    }

    private static final char[] HCLISH_CHARACTERS = "{}[]()\"$%~<-EOT\n\r\t #/*=!?:.,abin0123456789\\".toCharArray();

    private static List<String> goldenInputs() {
        return HclFormatterGoldenTest.cases()
                .map(dir -> readUnchecked(dir.resolve(HclFormatterGoldenTest.INPUT)))
                .toList();
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
