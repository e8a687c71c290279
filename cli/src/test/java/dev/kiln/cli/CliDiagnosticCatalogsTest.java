package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.runtime.plan.RuntimePlanDiagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cli's and the runtime's diagnostic catalogs are documented with the compiler's. */
class CliDiagnosticCatalogsTest {

    @Test
    void codesAreDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "diagnostics.md"));
        for (DiagnosticKind kind : Stream.concat(
                        Stream.of(CliDiagnostics.values()), Stream.of(RuntimePlanDiagnostics.values()))
                .toList()) {
            assertTrue(kind.code().startsWith("cli.") || kind.code().startsWith("runtime."), kind.code());
            assertTrue(docs.contains("`" + kind.code() + "`"), kind.code() + " is not in docs/diagnostics.md");
        }
    }
}
