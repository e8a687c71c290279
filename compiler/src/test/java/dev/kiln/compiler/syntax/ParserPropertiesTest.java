package dev.kiln.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.testing.DiagnosticRanges;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Properties that must hold for every input, valid or not. */
class ParserPropertiesTest {

    /** Every valid template of the golden corpora, as token lists to mutate. */
    private static final List<List<Token>> CORPUS = loadCorpus();

    private static final List<String> PIECES = List.of(
            "a", "b = ", "=", "\"", "${", "%{", "}", "{", "[", "]", "(", ")", "\n", " ", "<<EOT\n", "EOT", "<<-X\n",
            "X", "#", "//", "/*", "*/", "for", "in", "if", "endif", "endfor", "else", "~", ":", "=>", "...", ".", "*",
            "1.5", "\\", "\\u12", "'", ";", "\t", "\r\n", "👍", "é", "?", "!", "-", "&&", ",", "null", "true");

    @FuzzTest
    void neverThrowsOnArbitraryText(FuzzedDataProvider data) {
        checkInvariants(hclLikeText(data));
    }

    @FuzzTest
    void neverThrowsOnMutatedTemplates(FuzzedDataProvider data) {
        checkInvariants(mutatedTemplate(data));
    }

    @FuzzTest
    void tokensAreLossless(FuzzedDataProvider data) {
        String text = mutatedTemplate(data);
        StringBuilder joined = new StringBuilder();
        for (Token token : Tokenizer.tokenize(new SourceFile("t.pkr.hcl", text))) joined.append(token.text());
        assertEquals(new SourceFile("t.pkr.hcl", text).text(), joined.toString());
    }

    /** The parser returns a tree and diagnostics whose ranges lie inside the input, whatever the input. */
    static ParseResult checkInvariants(String text) {
        SourceFile file = new SourceFile("t.pkr.hcl", text);
        ParseResult result = HclParser.parse(file);
        assertNotNull(result.file().body());
        DiagnosticRanges.assertInside(file, result.diagnostics());
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertTrue(
                    !diagnostic.summary().contains("mismatched input")
                            && !diagnostic.detail().contains("expecting"),
                    "ANTLR wording leaked: " + diagnostic);
        }
        return result;
    }

    /** Up to 60 pieces of HCL syntax, or up to 200 arbitrary characters. */
    private static String hclLikeText(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return data.consumeString(200);
        }
        StringBuilder text = new StringBuilder();
        for (int i = data.consumeInt(0, 60); i > 0; i--) text.append(data.pickValue(PIECES));
        return text.toString();
    }

    private static String mutatedTemplate(FuzzedDataProvider data) {
        return mutate(
                data.pickValue(CORPUS),
                data.consumeInt(0, 2),
                data.consumeInt(0, 10_000),
                data.consumeInt(0, 10_000),
                data.consumeInt(1, 4));
    }

    /** Deletes, duplicates or swaps tokens of a valid template, {@code times} times. */
    private static String mutate(List<Token> tokens, int kind, int first, int second, int times) {
        List<Token> copy = new ArrayList<>(tokens);
        for (int i = 0; i < times && !copy.isEmpty(); i++) {
            int a = (first * (i + 1)) % copy.size();
            int b = (second * (i + 3)) % copy.size();
            switch (kind) {
                case 0 -> copy.remove(a);
                case 1 -> copy.add(a, copy.get(b));
                default -> {
                    Token swap = copy.get(a);
                    copy.set(a, copy.get(b));
                    copy.set(b, swap);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (Token token : copy) text.append(token.text());
        return text.toString();
    }

    private static List<List<Token>> loadCorpus() {
        List<List<Token>> corpus = new ArrayList<>();
        for (String area : List.of("parser", "syntax-errors", "fmt")) {
            try (Stream<Path> files = Files.walk(GoldenFile.area(area))) {
                for (Path file : files.filter(p -> p.getFileName().toString().equals("input.pkr.hcl"))
                        .sorted()
                        .toList()) {
                    // Some golden inputs are deliberately not UTF-8; the properties work on text, so decode leniently.
                    corpus.add(Tokenizer.tokenize(new SourceFile(
                            "t.pkr.hcl",
                            new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }
}
