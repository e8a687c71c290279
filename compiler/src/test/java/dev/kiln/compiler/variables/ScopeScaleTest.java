package dev.kiln.compiler.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.config.ConfigFiles;
import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluating locals is linear in their number (#15: 2,000 chained locals took 17-26 s). */
class ScopeScaleTest {

    @Test
    void fourThousandChainedLocalsEvaluateInSeconds() {
        StringBuilder text = new StringBuilder("locals {\n  l0 = 0\n");
        int count = 4_000;
        for (int i = 1; i < count; i++)
            text.append("  l").append(i).append(" = local.l").append(i - 1).append(" + 1\n");
        text.append("}\n");
        long start = System.nanoTime();
        ScopeResult result = evaluate(text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ScopeScaleTest: " + count + " chained locals in " + millis + " ms");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(count, result.locals().size());
        assertEquals("3999", result.locals().get(count - 1).value().toString().replaceAll("\\D", ""));
        assertTrue(millis < 20_000, count + " locals took " + millis + " ms");
    }

    private static ScopeResult evaluate(String text) {
        ParsedFiles files = new ParsedFiles();
        Diagnostics diagnostics = new Diagnostics();
        LoadedFile file = ConfigFiles.parse(new SourceFile("t.pkr.hcl", text), files, diagnostics);
        Template template =
                new ConfigLoader(PluginSchemas.none()).decode("target/no-such-dir", List.of(file), diagnostics);
        return TemplateScope.evaluate(
                template,
                new VariableInputs(List.of(), List.of(), Map.of(), true),
                ScopeOptions.validate(VariablesGoldenTest.FIXED));
    }
}
