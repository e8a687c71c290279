package dev.kiln.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every example in this module is checked by the test suite, so the README never shows a broken one. */
class ExamplesTest {

    @TempDir
    static Path keys;

    @TestFactory
    Stream<DynamicTest> everyExampleIsValid() throws IOException {
        // validate checks that ssh_private_key_file exists, as Packer does; an example's key is the
        // user's own (README: -var ssh_private_key_file=...), so the test gives one that exists.
        Path key = Files.writeString(keys.resolve("id_ed25519"), "");
        return examples().stream()
                .map(dir -> DynamicTest.dynamicTest(
                        dir.getFileName().toString(),
                        () -> assertKiln(
                                0,
                                declaresKeyFile(dir)
                                        ? new String[] {
                                            "validate", "-var", "ssh_private_key_file=" + key, dir.toString()
                                        }
                                        : new String[] {"validate", dir.toString()})));
    }

    private static boolean declaresKeyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pkr.hcl"))
                    .toList()) {
                if (Files.readString(file).contains("variable \"ssh_private_key_file\"")) return true;
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsFormatted() throws IOException {
        return examples().stream()
                .map(dir -> DynamicTest.dynamicTest(
                        dir.getFileName().toString(), () -> assertKiln(0, "fmt", "-check", dir.toString())));
    }

    private static void assertKiln(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out), new PrintWriter(err), true)
                .execute(args);
        assertEquals(expectedExit, exit, () -> "kiln " + String.join(" ", args) + "\n" + out + err);
    }

    /** Example directories: those directly under this module holding a template. */
    private static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("."))) {
            return dirs.filter(Files::isDirectory)
                    .filter(ExamplesTest::hasTemplate)
                    .sorted()
                    .toList();
        }
    }

    private static boolean hasTemplate(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".pkr.hcl"));
        } catch (IOException e) {
            return false;
        }
    }
}
