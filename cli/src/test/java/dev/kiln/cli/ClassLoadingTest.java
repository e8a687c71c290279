package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

    @ParameterizedTest
    @ValueSource(strings = {"--help", "version"})
    void lightCommandsLoadNoBuildOnlyClasses(String arg) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName(), arg)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "timed out");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("dev.kiln.cli.KilnCommand"), "-verbose:class output expected");
        List<String> heavy = output.lines()
                .filter(line -> line.startsWith("[") && line.contains("class,load"))
                .filter(line -> BUILD_ONLY.stream().anyMatch(line::contains))
                .collect(Collectors.toList());
        assertEquals(List.of(), heavy, "classes loaded by 'kiln " + arg + "'");
    }
}
