package dev.kiln.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.config.ConfigDiagnostics;
import dev.kiln.compiler.decode.DecodeDiagnostics;
import dev.kiln.compiler.eval.EvalDiagnostics;
import dev.kiln.compiler.json.JsonDiagnostics;
import dev.kiln.compiler.legacy.LegacyDiagnostics;
import dev.kiln.compiler.plan.PlanDiagnostics;
import dev.kiln.compiler.render.RenderDiagnostics;
import dev.kiln.compiler.schema.SchemaDiagnostics;
import dev.kiln.compiler.syntax.SyntaxDiagnostics;
import dev.kiln.compiler.variables.VariablesDiagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The compiler's diagnostic catalogs: every code unique, well formed, in its area and documented. */
class DiagnosticCatalogsTest {

    /** Every catalog of the compiler; a new area's catalog is added here. */
    static final List<DiagnosticKind[]> CATALOGS = List.of(
            ConfigDiagnostics.values(),
            DecodeDiagnostics.values(),
            EvalDiagnostics.values(),
            JsonDiagnostics.values(),
            LegacyDiagnostics.values(),
            PlanDiagnostics.values(),
            RenderDiagnostics.values(),
            SchemaDiagnostics.values(),
            SyntaxDiagnostics.values(),
            VariablesDiagnostics.values());

    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z]+)?\\.[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void codesAreUniqueWellFormedAndDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "diagnostics.md"));
        Set<String> seen = new HashSet<>();
        for (DiagnosticKind kind : CATALOGS.stream().flatMap(Stream::of).toList()) {
            assertTrue(CODE.matcher(kind.code()).matches(), kind.code());
            assertTrue(seen.add(kind.code()), "duplicate code " + kind.code());
            assertTrue(docs.contains("`" + kind.code() + "`"), kind.code() + " is not in docs/diagnostics.md");
            assertTrue(
                    kind.summary().isEmpty()
                            || Character.isUpperCase(kind.summary().charAt(0))
                            || kind.summary().startsWith("%s"),
                    "summary starts with a capital: " + kind.summary());
        }
    }

    @Test
    void namedSummariesFillTheirPlaceholders() {
        Diagnostic d = ConfigDiagnostics.UNKNOWN_SOURCE.with("null.x").error("Did you mean to use \"null.y\"?", null);
        assertEquals("Unknown source null.x", d.summary());
        assertEquals("config.unknown-source", d.code());
    }
}
