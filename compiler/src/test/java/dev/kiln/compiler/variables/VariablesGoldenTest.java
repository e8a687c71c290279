package dev.kiln.compiler.variables;

import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticTextRenderer;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import dev.kiln.stdlib.render.HclFormat;
import dev.kiln.stdlib.render.RenderOptions;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of variable values and locals: each case directory under {@code variables/} is a
 * template directory with an optional {@code inputs.txt} ({@code -var-file PATH}, {@code -var k=v},
 * {@code env K=V}, {@code inspect}, {@code no-warn-undeclared-var}; paths relative to the case) and
 * {@code expected.txt}: the rendered diagnostics, then every variable and local with its value
 * (sensitive masked) and where the value came from.
 */
class VariablesGoldenTest {

    static final FunctionEnvironment FIXED = new FunctionEnvironment(
            Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC), new Random(1), Instant.EPOCH);

    @TestFactory
    Stream<DynamicTest> cases() {
        return GoldenFile.cases("variables", ".", "expected.txt", input -> render(input.normalize()));
    }

    static String render(Path dir) {
        LoadResult loaded = new ConfigLoader(PluginSchemas.none()).load(dir);
        List<String> varFiles = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        boolean inspect = false;
        boolean warn = true;
        for (String line : inputs(dir)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("-var-file ")) {
                varFiles.add(dir.resolve(line.substring("-var-file ".length())).toString());
            } else if (line.startsWith("-var ")) {
                vars.add(line.substring("-var ".length()));
            } else if (line.startsWith("env ")) {
                String kv = line.substring("env ".length());
                env.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            } else if (line.equals("inspect")) {
                inspect = true;
            } else if (line.equals("no-warn-undeclared-var")) {
                warn = false;
            } else {
                throw new IllegalArgumentException("unknown input line: " + line);
            }
        }
        ScopeOptions options = inspect ? ScopeOptions.inspect(FIXED) : ScopeOptions.validate(FIXED);
        ScopeResult result =
                TemplateScope.evaluate(loaded.template(), new VariableInputs(varFiles, vars, env, warn), options);
        DiagnosticTextRenderer renderer =
                new DiagnosticTextRenderer(SourceSet.union(List.of(loaded.files(), result.files())), false, 100);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : loaded.diagnostics()) out.append(renderer.render(d));
        for (Diagnostic d : result.diagnostics()) out.append(renderer.render(d));
        out.append(ScopeDump.dump(result));
        return out.toString();
    }

    private static List<String> inputs(Path dir) {
        Path file = dir.resolve("inputs.txt");
        if (!Files.exists(file)) return List.of();
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variables and locals of a scope, one per line. */
    static final class ScopeDump {
        private ScopeDump() {}

        static String dump(ScopeResult result) {
            StringBuilder out = new StringBuilder("--- variables\n");
            for (VariableValue v : result.variables()) {
                out.append(v.name())
                        .append(": ")
                        .append(v.type())
                        .append(" = ")
                        .append(HclFormat.format(v.value(), RenderOptions.INSPECT))
                        .append("  # ")
                        .append(v.isUnset() ? "unset" : v.source().describe());
                if (v.required()) out.append(", required");
                if (v.sensitive()) out.append(", sensitive");
                if (!v.description().isEmpty())
                    out.append(", \"").append(v.description()).append('"');
                out.append('\n');
            }
            out.append("--- locals\n");
            for (LocalResult l : result.locals()) {
                out.append(l.name()).append(" = ").append(HclFormat.format(l.value(), RenderOptions.INSPECT));
                if (l.sensitive()) out.append("  # sensitive");
                out.append('\n');
            }
            return out.toString();
        }
    }
}
