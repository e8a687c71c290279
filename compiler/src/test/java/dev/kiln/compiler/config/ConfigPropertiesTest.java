package dev.kiln.compiler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of loading: a configuration decodes alike from both syntaxes, and loading never throws. */
class ConfigPropertiesTest {

    /** A generated valid configuration, with its native and JSON spellings. */
    record Generated(String hcl, String json) {}

    @Property(tries = 200)
    void nativeAndJsonDecodeToTheSameModel(@ForAll("configurations") Generated config) {
        Diagnostics hclProblems = new Diagnostics();
        Diagnostics jsonProblems = new Diagnostics();
        String hcl = TemplatePrinter.print(decode("t.pkr.hcl", config.hcl(), hclProblems));
        String json = TemplatePrinter.print(decode("t.pkr.json", config.json(), jsonProblems));
        assertEquals(List.of(), hclProblems.list(), config.hcl());
        assertEquals(List.of(), jsonProblems.list(), config.json());
        assertEquals(hcl, json);
    }

    @Property(tries = 300)
    void loadingNeverThrows(@ForAll("noise") String text) {
        decode("t.pkr.hcl", text, new Diagnostics());
        decode("t.pkr.json", text, new Diagnostics());
    }

    private static Template decode(String name, String text, Diagnostics diagnostics) {
        LoadedFile file = ConfigFiles.parse(new SourceFile(name, text), new ParsedFiles(), diagnostics);
        List<LoadedFile> files = file == null ? List.of() : List.of(file);
        return new ConfigLoader(TestPlugins.INSTANCE).decode(".", files, diagnostics);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", "\"", ":", ",", "=", "\n", " ", "source", "build",
                "variable", "\"null\"", "\"a\"", "provisioner", "\"shell\"", "dynamic", "${", "1", "true", "locals",
                "\"source\"", "\"build\"", "\"variable\"", "\"provisioner\"", "\"inline\"", "x");
        return fragments.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Generated> configurations() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> texts = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '.').ofMaxLength(10);
        Arbitrary<List<String>> variables = names.list().uniqueElements().ofMaxSize(3);
        Arbitrary<List<String>> inline = texts.list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(variables, names, texts, inline, Arbitraries.integers().between(0, 99))
                .as(ConfigPropertiesTest::spell);
    }

    private static Generated spell(List<String> variables, String source, String host, List<String> inline, int retries) {
        StringBuilder hcl = new StringBuilder();
        List<String> json = new ArrayList<>();
        List<String> jsonVariables = new ArrayList<>();
        for (String v : variables) {
            hcl.append("variable \"").append(v).append("\" {\n  default = \"").append(host).append("\"\n}\n");
            jsonVariables.add("\"" + v + "\": {\"default\": \"" + host + "\"}");
        }
        if (!jsonVariables.isEmpty()) json.add("\"variable\": {" + String.join(", ", jsonVariables) + "}");
        hcl.append("source \"null\" \"").append(source).append("\" {\n  ssh_host = \"").append(host).append("\"\n}\n");
        json.add("\"source\": {\"null\": {\"" + source + "\": {\"ssh_host\": \"" + host + "\"}}}");
        String list = inline.stream().map(s -> "\"" + s + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        hcl.append("build {\n  sources = [\"source.null.").append(source).append("\"]\n")
                .append("  provisioner \"shell\" {\n    inline = [").append(list).append("]\n    max_retries = ")
                .append(retries).append("\n  }\n}\n");
        json.add("\"build\": {\"sources\": [\"source.null." + source + "\"], \"provisioner\": {\"shell\": {\"inline\": ["
                + list + "], \"max_retries\": " + retries + "}}}");
        return new Generated(hcl.toString(), "{\n" + String.join(",\n", json) + "\n}\n");
    }
}
