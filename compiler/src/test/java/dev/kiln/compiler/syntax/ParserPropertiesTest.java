package dev.kiln.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties that must hold for every input, valid or not. */
class ParserPropertiesTest {

    /** Every valid template of the golden corpora, as token lists to mutate. */
    private static final List<List<Token>> CORPUS = loadCorpus();

    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll("hclLikeText") String text) {
        checkInvariants(text);
    }

    @Property(tries = 1000)
    void neverThrowsOnMutatedTemplates(@ForAll("mutatedTemplates") String text) {
        checkInvariants(text);
    }

    @Property(tries = 200)
    void tokensAreLossless(@ForAll("mutatedTemplates") String text) {
        StringBuilder joined = new StringBuilder();
        for (Token token : Tokenizer.tokenize(new SourceFile("t.pkr.hcl", text))) joined.append(token.text());
        assertEquals(new SourceFile("t.pkr.hcl", text).text(), joined.toString());
    }

    /** The parser returns a tree and diagnostics whose ranges lie inside the input, whatever the input. */
    private static void checkInvariants(String text) {
        SourceFile file = new SourceFile("t.pkr.hcl", text);
        ParseResult result = HclParser.parse(file);
        assertNotNull(result.file().body());
        for (Diagnostic diagnostic : result.diagnostics()) {
            SourceRange subject = diagnostic.subject();
            assertNotNull(subject, diagnostic.summary());
            assertInside(file, subject);
            if (diagnostic.context() != null) assertInside(file, diagnostic.context());
            assertTrue(!diagnostic.summary().contains("mismatched input") && !diagnostic.detail().contains("expecting"),
                    "ANTLR wording leaked: " + diagnostic);
        }
    }

    private static void assertInside(SourceFile file, SourceRange range) {
        int length = file.text().length();
        assertTrue(range.start().offset() >= 0 && range.start().offset() <= range.end().offset() && range.end().offset() <= length,
                "range " + range + " outside 0.." + length);
        assertTrue(range.start().line() >= 1 && range.end().line() <= file.lineCount(), "line outside the file: " + range);
        assertEquals(file.positionOf(range.start().offset()), range.start(), "start position consistent with offset");
        assertEquals(file.positionOf(range.end().offset()), range.end(), "end position consistent with offset");
    }

    @Provide
    Arbitrary<String> hclLikeText() {
        Arbitrary<String> pieces = Arbitraries.of(
                "a", "b = ", "=", "\"", "${", "%{", "}", "{", "[", "]", "(", ")", "\n", " ", "<<EOT\n", "EOT", "<<-X\n",
                "X", "#", "//", "/*", "*/", "for", "in", "if", "endif", "endfor", "else", "~", ":", "=>", "...", ".", "*",
                "1.5", "\\", "\\u12", "'", ";", "\t", "\r\n", "👍", "é", "?", "!", "-", "&&", ",", "null", "true");
        Arbitrary<String> structured = pieces.list().ofMaxSize(60).map(list -> String.join("", list));
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.oneOf(structured, random);
    }

    @Provide
    Arbitrary<String> mutatedTemplates() {
        Arbitrary<List<Token>> template = Arbitraries.of(CORPUS);
        return Combinators.combine(template, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 4))
                .as(ParserPropertiesTest::mutate);
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
                for (Path file : files.filter(p -> p.getFileName().toString().equals("input.pkr.hcl")).sorted().toList()) {
                    // Some golden inputs are deliberately not UTF-8; the properties work on text, so decode leniently.
                    corpus.add(Tokenizer.tokenize(new SourceFile("t.pkr.hcl", new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }
}
