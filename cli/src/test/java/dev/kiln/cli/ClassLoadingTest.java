package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up stays cheap only if light commands never load heavy libraries: runs Main in a fresh
 * JVM with {@code -verbose:class} and checks that no AWS SDK (or other build-only) class loads.
 */
class ClassLoadingTest {

    /** Packages only {@code build} may load, and JLine, which only the interactive console loads. */
    private static final List<String> BUILD_ONLY =
            List.of("software.amazon.", "net.schmizz.", "com.hierynomus.", "org.jline.");

    /** Jinjava: loaded only when a configuration has a .j2 file. */
    private static final List<String> RENDER_ONLY = List.of("com.hubspot.");

    private static final String PLAIN_TEMPLATE = "../examples/variables-and-locals";

    /** A template with an amazon-ami data block: without -evaluate-datasources it must not run. */
    private static final String DATA_SOURCE_TEMPLATE = "../compiler/src/test/resources/validate/data-sources";

    @ParameterizedTest
    @ValueSource(strings = {"--help", "version"})
    void lightCommandsLoadNoBuildOnlyClasses(String arg) throws IOException, InterruptedException {
        assertEquals(List.of(), loaded(BUILD_ONLY, arg), "classes loaded by 'kiln " + arg + "'");
    }

    @Test
    void commandsThatRunNoDataSourceNeverLoadTheAwsSdk() throws IOException, InterruptedException {
        List<String> aws = List.of("software.amazon.");
        assertEquals(List.of(), loaded(aws, "fmt", "-check", PLAIN_TEMPLATE), "kiln fmt");
        assertEquals(List.of(), loaded(aws, "validate", PLAIN_TEMPLATE), "kiln validate of a plain template");
        assertEquals(
                List.of(), loaded(aws, "validate", DATA_SOURCE_TEMPLATE), "kiln validate of a data source template");
    }

    @Test
    void commandsWithoutJ2FilesNeverLoadJinjava() throws IOException, InterruptedException {
        assertEquals(List.of(), loaded(RENDER_ONLY, "fmt", "-check", PLAIN_TEMPLATE), "kiln fmt");
        assertEquals(List.of(), loaded(RENDER_ONLY, "validate", "-syntax-only", PLAIN_TEMPLATE), "kiln validate");
        assertEquals(List.of(), loaded(RENDER_ONLY, "--help"), "kiln --help");
    }

    private static List<String> loaded(List<String> packages, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(
                java.toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "timed out");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("dev.kiln.cli.KilnCommand"), "-verbose:class output expected");
        return output.lines()
                .filter(line -> line.startsWith("[") && line.contains("class,load"))
                .filter(line -> packages.stream().anyMatch(line::contains))
                .collect(Collectors.toList());
    }
}
