package dev.kiln.cli;

import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.runtime.aws.SdkEndpoint;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code kiln validate -evaluate-datasources} against moto, whose built-in images have fixed ids:
 * the corpus {@code src/test/resources/datasources/<case>/} (a template and {@code expected.txt}:
 * exit status, stdout, stderr, the case directory written {@code $CASE}). The SDK reaches moto
 * through its own endpoint settings, as a user's {@code AWS_ENDPOINT_URL} would.
 * {@code -Dgolden.update=true} rewrites.
 */
@ExtendWith(MotoServer.class)
class EvaluateDataSourcesGoldenTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "datasources");

    @TestFactory
    Stream<DynamicTest> corpus(MotoServer moto) throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir, moto)));
    }

    private static void check(Path dir, MotoServer moto) throws IOException {
        CliRun run;
        try (SdkEndpoint sdk = SdkEndpoint.use(moto.endpoint())) {
            run = CliRun.of("validate", "-color=false", "-evaluate-datasources", dir.toString());
        }
        String actual = ("exit " + run.exit() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err())
                .replace(dir.toString(), "$CASE");
        GoldenFile.check(dir.resolve("expected.txt"), actual);
    }
}
