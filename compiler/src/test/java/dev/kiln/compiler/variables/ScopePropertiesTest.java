package dev.kiln.compiler.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Evaluating a scope never throws, whatever the declarations and the values given. */
class ScopePropertiesTest {

    /** A generated template text and the command-line values given to it. */
    record Case(String template, List<String> vars, Map<String, String> env) {}

    @Property(tries = 300)
    void evaluatingNeverThrows(@ForAll("cases") Case c) {
        ParsedFiles files = new ParsedFiles();
        Diagnostics diagnostics = new Diagnostics();
        LoadedFile file = ConfigFiles.parse(new SourceFile("t.pkr.hcl", c.template()), files, diagnostics);
        Template template = new ConfigLoader(PluginSchemas.none()).decode("target/no-such-dir",
                file == null ? List.of() : List.of(file), diagnostics);
        ScopeResult result = TemplateScope.evaluate(template, new VariableInputs(List.of(), c.vars(), c.env(), true), ScopeOptions.validate(VariablesGoldenTest.FIXED));
        assertEquals(template.variables().size() >= result.variables().size(), true);
        assertEquals(template.locals().size(), result.locals().size());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> names = Arbitraries.of("a", "b", "c");
        Arbitrary<String> types = Arbitraries.of("", "string", "number", "bool", "list(string)", "map(number)", "any",
                "object({x = optional(number, 1)})", "tuple([string, bool])", "set(string)", "int", "list(");
        Arbitrary<String> values = Arbitraries.of("\"s\"", "1", "true", "null", "[\"a\", 1]", "{ x = 2 }", "[]", "{}",
                "var.a", "local.a", "env(\"HOME\")", "upper(\"x\")", "1 +", "\"${var.b}\"", "[for v in [1]: v]");
        Arbitrary<String> variable = Combinators.combine(names, types, values, Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((n, t, v, hasDefault, validated) -> "variable \"" + n + "\" {\n"
                        + (t.isEmpty() ? "" : "  type = " + t + "\n") + (hasDefault ? "  default = " + v + "\n" : "")
                        + (validated ? "  validation {\n    condition = var." + n + " != " + v
                                + "\n    error_message = \"Bad.\"\n  }\n" : "") + "}\n");
        Arbitrary<String> local = Combinators.combine(names, values).as((n, v) -> "locals {\n  " + n + " = " + v + "\n}\n");
        Arbitrary<String> template = Arbitraries.oneOf(variable, local).list().ofMaxSize(6).map(parts -> String.join("", parts));
        Arbitrary<String> texts = Arbitraries.of("x", "1", "true", "[1, 2]", "{x = 1}", "[", "var.a", "\"q\"", "");
        Arbitrary<List<String>> vars = Combinators.combine(names, texts).as((n, t) -> n + "=" + t).list().ofMaxSize(3)
                .map(ArrayList::new);
        Arbitrary<Map<String, String>> env = Arbitraries.maps(names.map(n -> "PKR_VAR_" + n), texts).ofMaxSize(3);
        return Combinators.combine(template, vars, env).as(Case::new);
    }
}
