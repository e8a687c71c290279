package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.fmt.HclFormatter;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the benchmark input, not speed: no benchmark runs in the normal build. */
class TemplateGeneratorTest {

    private final String text = TemplateGenerator.generate(2);

    @Test
    void parsesWithoutDiagnostics() {
        assertEquals(
                List.of(), HclParser.parse(new SourceFile("gen.pkr.hcl", text)).diagnostics());
    }

    @Test
    void containsEveryConstruct() {
        for (String construct : List.of(
                "<<EOF",
                "<<-EOT",
                "%{ if",
                "%{ for",
                "${~",
                "[*]",
                ".*.",
                "...",
                " ? ",
                "[for ",
                "{ for ",
                " if disk",
                "# ",
                "// ",
                "/*",
                "$${",
                "%%{",
                "\\u00e9",
                "ü",
                "1.5e1",
                "!false",
                "dynamic \"tag\" {",
                "source_ami_filter {",
                "filters = {")) {
            assertTrue(text.contains(construct), construct);
        }
    }

    @Test
    void leavesTheFormatterWorkToDo() {
        String formatted = HclFormatter.format(text);
        assertNotEquals(text, formatted);
        assertEquals(formatted, HclFormatter.format(formatted));
        assertFalse(HclParser.parse(new SourceFile("fmt.pkr.hcl", formatted)).hasErrors());
    }

    @Test
    void scalesLinearly() {
        long one = TemplateGenerator.utf8Bytes(TemplateGenerator.ofScale(1));
        long eight = TemplateGenerator.utf8Bytes(TemplateGenerator.ofScale(8));
        assertTrue(Math.abs(eight - 8.0 * one) < 0.02 * eight, one + " vs " + eight);
    }
}
