package dev.kiln.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The legacy JSON templates of {@code legacy-json/} validate, and the null-builder one builds. */
class LegacyJsonExamplesTest {

    private static final Path DIR = Path.of("legacy-json");

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), true, args);
        assertEquals(expectedExit, exit, () -> "kiln " + String.join(" ", args) + "\n" + out + err);
        return out.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyLegacyTemplateIsValid() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(DIR)) {
            templates =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(templates.size() >= 2, templates::toString);
        return templates.stream()
                .map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> run(0, "validate", t.toString())));
    }

    @Test
    void helloBuildsWithUserVariablesAndMasksTheSensitiveOne() throws Exception {
        Path manifest = Path.of("legacy-hello-manifest.json");
        try {
            String out = run(
                    0,
                    "build",
                    "-color=false",
                    "-var",
                    "greeting=Hi",
                    DIR.resolve("hello.json").toString());
            assertTrue(
                    out.contains("==> null.hello: Hi from a legacy JSON template on null.hello of type null, OK,"
                            + " token=<sensitive>"),
                    out);
            assertTrue(Files.readString(manifest).contains("\"name\": \"hello\""), Files.readString(manifest));
        } finally {
            Files.deleteIfExists(manifest);
        }
    }
}
