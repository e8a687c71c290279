package dev.kiln.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Body;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourcePos;
import dev.kiln.compiler.source.SourceRange;
import org.junit.jupiter.api.Test;

/**
 * The position units with non-ASCII input: offsets count UTF-16 code units (they index the Java
 * string, as the Language Server Protocol does), columns count code points.
 */
class SourcePositionTest {

    @Test
    void offsetsAreUtf16AndColumnsAreCodePoints() {
        // "👍" is one code point but two UTF-16 units; "é" is one of each.
        String text = "a = \"é👍\" \nb = x\n";
        Body body = HclParser.parse(new SourceFile("t.pkr.hcl", text)).file().body();
        Attribute a = body.attributes().get(0);
        Attribute b = body.attributes().get(1);

        SourceRange value = a.expression().range();
        assertEquals(new SourcePos(1, 5, 4), value.start());
        // The range ends after the closing quote: the 9th code point, the 10th UTF-16 unit.
        assertEquals(new SourcePos(1, 9, 9), value.end());
        assertEquals(
                "\"é👍\"", text.substring(value.start().offset(), value.end().offset()));

        assertEquals(new SourcePos(2, 1, text.indexOf('b')), b.nameRange().start());
        assertEquals(
                new SourcePos(2, 5, text.indexOf('x')), b.expression().range().start());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        SourceFile file = new SourceFile("t.pkr.hcl", "\uFEFFa = 1\n");
        Attribute a = HclParser.parse(file).file().body().attributes().get(0);
        assertEquals(new SourcePos(1, 1, 0), a.nameRange().start());
    }

    @Test
    void crlfLineEndsCountAsOneLineBreak() {
        SourceFile file = new SourceFile("t.pkr.hcl", "a = 1\r\nb = 2\r\n");
        Attribute b = HclParser.parse(file).file().body().attributes().get(1);
        assertEquals(new SourcePos(2, 1, 7), b.nameRange().start());
        assertEquals("a = 1", file.line(1));
    }

    @Test
    void positionOfMatchesTheParsersPositions() {
        String text = "日本 = \"語\"\n  👍👍 = 1\n";
        SourceFile file = new SourceFile("t.pkr.hcl", text);
        for (Token token : Tokenizer.tokenize(file)) {
            assertEquals(
                    file.positionOf(token.range().start().offset()),
                    token.range().start(),
                    token.toString());
            assertEquals(
                    file.positionOf(token.range().end().offset()), token.range().end(), token.toString());
        }
    }
}
