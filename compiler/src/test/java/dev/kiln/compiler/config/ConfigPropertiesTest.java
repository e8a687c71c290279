package dev.kiln.compiler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.config.ConfigFiles.LoadedFile;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.compiler.testing.FuzzedText;
import java.util.ArrayList;
import java.util.List;

/** Properties of loading: a configuration decodes alike from both syntaxes, and loading never throws. */
class ConfigPropertiesTest {

    /** A generated valid configuration, with its native and JSON spellings. */
    record Generated(String hcl, String json) {}

    private static final List<String> FRAGMENTS = List.of(
            "{",
            "}",
            "[",
            "]",
            "\"",
            ":",
            ",",
            "=",
            "\n",
            " ",
            "source",
            "build",
            "variable",
            "\"null\"",
            "\"a\"",
            "provisioner",
            "\"shell\"",
            "dynamic",
            "${",
            "1",
            "true",
            "locals",
            "\"source\"",
            "\"build\"",
            "\"variable\"",
            "\"provisioner\"",
            "\"inline\"",
            "x");

    @FuzzTest
    void nativeAndJsonDecodeToTheSameModel(FuzzedDataProvider data) {
        Generated config = spell(
                FuzzedText.words(data, 0, 3, 1, 6, true, false),
                FuzzedText.word(data, 1, 6, false),
                FuzzedText.word(data, 0, 10, true),
                FuzzedText.words(data, 1, 3, 0, 10, false, true),
                data.consumeInt(0, 99));
        Diagnostics hclProblems = new Diagnostics();
        Diagnostics jsonProblems = new Diagnostics();
        String hcl = TemplatePrinter.print(decode("t.pkr.hcl", config.hcl(), hclProblems));
        String json = TemplatePrinter.print(decode("t.pkr.json", config.json(), jsonProblems));
        assertEquals(List.of(), hclProblems.list(), config.hcl());
        assertEquals(List.of(), jsonProblems.list(), config.json());
        assertEquals(hcl, json);
    }

    @FuzzTest
    void loadingNeverThrows(FuzzedDataProvider data) {
        String text = FuzzedText.fragments(data, FRAGMENTS, 40);
        decode("t.pkr.hcl", text, new Diagnostics());
        decode("t.pkr.json", text, new Diagnostics());
    }

    private static Template decode(String name, String text, Diagnostics diagnostics) {
        LoadedFile file = ConfigFiles.parse(new SourceFile(name, text), new ParsedFiles(), diagnostics);
        List<LoadedFile> files = file == null ? List.of() : List.of(file);
        return new ConfigLoader(TestPlugins.INSTANCE).decode(".", files, diagnostics);
    }

    private static Generated spell(
            List<String> variables, String source, String host, List<String> inline, int retries) {
        StringBuilder hcl = new StringBuilder();
        List<String> json = new ArrayList<>();
        List<String> jsonVariables = new ArrayList<>();
        for (String v : variables) {
            hcl.append("variable \"")
                    .append(v)
                    .append("\" {\n  default = \"")
                    .append(host)
                    .append("\"\n}\n");
            jsonVariables.add("\"" + v + "\": {\"default\": \"" + host + "\"}");
        }
        if (!jsonVariables.isEmpty()) json.add("\"variable\": {" + String.join(", ", jsonVariables) + "}");
        hcl.append("source \"null\" \"")
                .append(source)
                .append("\" {\n  ssh_host = \"")
                .append(host)
                .append("\"\n}\n");
        json.add("\"source\": {\"null\": {\"" + source + "\": {\"ssh_host\": \"" + host + "\"}}}");
        String list = inline.stream()
                .map(s -> "\"" + s + "\"")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        hcl.append("build {\n  sources = [\"source.null.")
                .append(source)
                .append("\"]\n")
                .append("  provisioner \"shell\" {\n    inline = [")
                .append(list)
                .append("]\n    max_retries = ")
                .append(retries)
                .append("\n  }\n}\n");
        json.add("\"build\": {\"sources\": [\"source.null." + source
                + "\"], \"provisioner\": {\"shell\": {\"inline\": [" + list + "], \"max_retries\": " + retries + "}}}");
        return new Generated(hcl.toString(), "{\n" + String.join(",\n", json) + "\n}\n");
    }
}
