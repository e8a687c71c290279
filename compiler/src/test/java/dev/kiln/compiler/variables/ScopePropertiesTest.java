package dev.kiln.compiler.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.config.ConfigFiles;
import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluating a scope never throws, whatever the declarations and the values given. */
class ScopePropertiesTest {

    /** A generated template text and the command-line values given to it. */
    record Case(String template, List<String> vars, Map<String, String> env) {}

    @FuzzTest
    void evaluatingNeverThrows(FuzzedDataProvider data) {
        Case c = generate(data);
        ParsedFiles files = new ParsedFiles();
        Diagnostics diagnostics = new Diagnostics();
        LoadedFile file = ConfigFiles.parse(new SourceFile("t.pkr.hcl", c.template()), files, diagnostics);
        Template template = new ConfigLoader(PluginSchemas.none())
                .decode("target/no-such-dir", file == null ? List.of() : List.of(file), diagnostics);
        ScopeResult result = TemplateScope.evaluate(
                template,
                new VariableInputs(List.of(), c.vars(), c.env(), true),
                ScopeOptions.validate(VariablesGoldenTest.FIXED));
        assertEquals(template.variables().size() >= result.variables().size(), true);
        assertEquals(template.locals().size(), result.locals().size());
    }

    private static final List<String> NAMES = List.of("a", "b", "c");
    private static final List<String> TYPES = List.of(
            "",
            "string",
            "number",
            "bool",
            "list(string)",
            "map(number)",
            "any",
            "object({x = optional(number, 1)})",
            "tuple([string, bool])",
            "set(string)",
            "int",
            "list(");
    private static final List<String> VALUES = List.of(
            "\"s\"",
            "1",
            "true",
            "null",
            "[\"a\", 1]",
            "{ x = 2 }",
            "[]",
            "{}",
            "var.a",
            "local.a",
            "env(\"HOME\")",
            "upper(\"x\")",
            "1 +",
            "\"${var.b}\"",
            "[for v in [1]: v]");
    private static final List<String> TEXTS = List.of("x", "1", "true", "[1, 2]", "{x = 1}", "[", "var.a", "\"q\"", "");

    /** Up to 6 variable and locals blocks, up to 3 -var values and up to 3 PKR_VAR_ variables. */
    private static Case generate(FuzzedDataProvider data) {
        StringBuilder template = new StringBuilder();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            String n = data.pickValue(NAMES);
            if (data.consumeBoolean()) {
                template.append("locals {\n  ")
                        .append(n)
                        .append(" = ")
                        .append(data.pickValue(VALUES))
                        .append("\n}\n");
                continue;
            }
            String t = data.pickValue(TYPES);
            String v = data.pickValue(VALUES);
            template.append("variable \"")
                    .append(n)
                    .append("\" {\n")
                    .append(t.isEmpty() ? "" : "  type = " + t + "\n")
                    .append(data.consumeBoolean() ? "  default = " + v + "\n" : "")
                    .append(
                            data.consumeBoolean()
                                    ? "  validation {\n    condition = var." + n + " != " + v
                                            + "\n    error_message = \"Bad.\"\n  }\n"
                                    : "")
                    .append("}\n");
        }
        List<String> vars = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) vars.add(data.pickValue(NAMES) + "=" + data.pickValue(TEXTS));
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--)
            env.put("PKR_VAR_" + data.pickValue(NAMES), data.pickValue(TEXTS));
        return new Case(template.toString(), vars, env);
    }
}
