package dev.kiln.compiler.plan;

import static dev.kiln.compiler.schema.AttributeSchema.optional;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.CompileStage;
import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.compiler.testing.FuzzedText;
import dev.kiln.stdlib.render.HclFormat;
import dev.kiln.stdlib.render.RenderOptions;
import dev.kiln.stdlib.type.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Properties of planning: a configuration plans alike from .pkr.hcl and .pkr.json, and validation never throws. */
class PlanPropertiesTest {

    /** Just enough plugins for generated configurations. */
    static final PluginSchemas PLUGINS = new PluginSchemas() {
        private final Map<PluginKind, Map<String, BlockSchema>> schemas = Map.of(
                PluginKind.BUILDER,
                        Map.of(
                                "null",
                                BlockSchema.builder("Nothing.")
                                        .attribute(optional("communicator", Type.STRING, "Communicator."))
                                        .attribute(optional("ssh_host", Type.STRING, "Host."))
                                        .build()),
                PluginKind.PROVISIONER,
                        Map.of(
                                "shell",
                                BlockSchema.builder("Shell.")
                                        .attribute(optional("inline", Type.list(Type.STRING), "Commands."))
                                        .build()),
                PluginKind.POST_PROCESSOR,
                        Map.of(
                                "manifest",
                                BlockSchema.builder("Manifest.")
                                        .attribute(optional("output", Type.STRING, "Output."))
                                        .build()));

        @Override
        public Optional<BlockSchema> schema(PluginKind kind, String type) {
            return Optional.ofNullable(schemas.getOrDefault(kind, Map.of()).get(type));
        }

        @Override
        public SortedSet<String> types(PluginKind kind) {
            return new TreeSet<>(schemas.getOrDefault(kind, Map.of()).keySet());
        }
    };

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
            "sources",
            "\"source.null.a\"",
            "content",
            "for_each",
            "var.a",
            "build.ID",
            "\"inline\"",
            "x",
            "pause_before",
            "\"10s\"",
            "only",
            "override");

    @FuzzTest
    void nativeAndJsonPlanAlike(FuzzedDataProvider data) {
        Generated config = spell(
                FuzzedText.words(data, 1, 3, 1, 6, true, false),
                FuzzedText.word(data, 0, 10, true),
                FuzzedText.words(data, 1, 3, 0, 10, false, true),
                data.consumeInt(0, 99),
                data.pickValue(List.of("", "10s", "1m30s", "250ms")));
        Compilation hcl = validate("t.pkr.hcl", config.hcl());
        Compilation json = validate("t.pkr.json", config.json());
        assertEquals(List.of(), hcl.diagnostics(), config.hcl());
        assertEquals(List.of(), json.diagnostics(), config.json());
        assertEquals(print(hcl.plan().plan()), print(json.plan().plan()));
    }

    @FuzzTest
    void validationNeverThrows(FuzzedDataProvider data) {
        String text = FuzzedText.fragments(data, FRAGMENTS, 50);
        validate("t.pkr.hcl", text);
        validate("t.pkr.json", text);
    }

    private static Compilation validate(String name, String text) {
        try {
            Path dir = Files.createTempDirectory("kiln-plan");
            Files.writeString(dir.resolve(name), text);
            try {
                return new Compiler(PLUGINS).compile(CompileRequest.of(dir, CompileStage.PLAN));
            } finally {
                Files.delete(dir.resolve(name));
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan without scopes and expressions: names, types and evaluated values. */
    static String print(Plan plan) {
        StringBuilder out = new StringBuilder();
        for (PlannedBuild b : plan.builds()) {
            out.append(b.name())
                    .append(' ')
                    .append(values(b.sourceConfig().values()))
                    .append('\n');
            for (PlannedProvisioner p : b.provisioners()) {
                out.append("  ")
                        .append(p.type())
                        .append(' ')
                        .append(p.name())
                        .append(' ')
                        .append(p.pauseBefore())
                        .append(' ')
                        .append(p.maxRetries())
                        .append(' ')
                        .append(values(p.config().values()))
                        .append('\n');
            }
            for (List<PlannedPostProcessor> chain : b.postProcessorChains()) {
                for (PlannedPostProcessor pp : chain)
                    out.append("  -> ")
                            .append(pp.type())
                            .append(' ')
                            .append(values(pp.config().values()))
                            .append('\n');
            }
        }
        return out.toString();
    }

    private static String values(CheckedBody body) {
        StringBuilder out = new StringBuilder("{");
        body.values()
                .forEach((k, v) -> out.append(k)
                        .append('=')
                        .append(HclFormat.format(v, RenderOptions.REVEAL))
                        .append(' '));
        return out.append('}').toString();
    }

    private static Generated spell(List<String> sources, String host, List<String> inline, int retries, String pause) {
        StringBuilder hcl = new StringBuilder("variable \"host\" {\n  default = \"" + host + "\"\n}\n");
        List<String> jsonSources = new ArrayList<>();
        for (String s : sources) {
            hcl.append("source \"null\" \"").append(s).append("\" {\n  ssh_host = \"${var.host}-${source.name}\"\n}\n");
            jsonSources.add("\"" + s + "\": {\"ssh_host\": \"${var.host}-${source.name}\"}");
        }
        String refs = sources.stream()
                .map(s -> "\"source.null." + s + "\"")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String list = inline.stream()
                .map(s -> "\"" + s + " ${build.ID}\"")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        hcl.append("build {\n  name = \"b\"\n  sources = [")
                .append(refs)
                .append("]\n  provisioner \"shell\" {\n    inline = [")
                .append(list)
                .append("]\n    max_retries = ")
                .append(retries)
                .append('\n');
        if (!pause.isEmpty()) hcl.append("    pause_before = \"").append(pause).append("\"\n");
        hcl.append("  }\n  post-processor \"manifest\" {\n    output = \"${source.name}.json\"\n  }\n}\n");
        String json = "{\n\"variable\": {\"host\": {\"default\": \"" + host + "\"}},\n"
                + "\"source\": {\"null\": {" + String.join(", ", jsonSources) + "}},\n"
                + "\"build\": {\"name\": \"b\", \"sources\": [" + refs
                + "], \"provisioner\": {\"shell\": {\"inline\": [" + list
                + "], \"max_retries\": " + retries + (pause.isEmpty() ? "" : ", \"pause_before\": \"" + pause + "\"")
                + "}}, \"post-processor\": {\"manifest\": {\"output\": \"${source.name}.json\"}}}\n}\n";
        return new Generated(hcl.toString(), json);
    }
}
