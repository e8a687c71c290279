package dev.kiln.runtime.builder.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBuilderTest {

    @TempDir
    Path dir;

    private final RecordingUi ui = new RecordingUi();

    private List<StepResult> build(Map<String, String> options, BuildState state) throws InterruptedException {
        Map<String, dev.kiln.stdlib.value.Value> values = new java.util.HashMap<>();
        options.forEach((k, v) -> values.put(k, dev.kiln.stdlib.value.Value.string(v)));
        Step provisioning = new Step() {
            @Override
            public String name() {
                return "StepProvision";
            }

            @Override
            public StepResult run(BuildState s) {
                s.ui().say("provisioning");
                return StepResult.proceed();
            }
        };
        List<Step> steps = new FileBuilder()
                .steps(new BuilderConfig(
                        "file.example", "file", "example", new MapConfigView(values), false, false, provisioning));
        List<StepResult> results = new java.util.ArrayList<>();
        for (Step s : steps) results.add(s.run(state));
        return results;
    }

    @Test
    void writesContentThenProvisionsThenLeavesTheArtifact() throws Exception {
        BuildState state = new BuildState("file.example", ui);
        Path target = dir.resolve("deep/out.txt");
        build(Map.of("content", "hi", "target", target.toString()), state);
        assertEquals("hi", Files.readString(target));
        assertEquals(List.of("say: provisioning"), ui.lines());
        var artifact = state.require(StandardKeys.ARTIFACT);
        assertEquals("packer.file", artifact.builderId());
        assertEquals("File", artifact.id());
        assertEquals("Stored file: " + target, artifact.description());
        assertEquals(List.of(target), artifact.files());
    }

    @Test
    void copiesTheSource() throws Exception {
        Path source = Files.writeString(dir.resolve("src.txt"), "12345");
        Path target = dir.resolve("copy.txt");
        build(Map.of("source", source.toString(), "target", target.toString()), new BuildState("b", ui));
        assertEquals(
                List.of("say: Copying " + source + " to " + target, "say: Copied 5 bytes", "say: provisioning"),
                ui.lines());
        List<StepResult> results =
                build(Map.of("source", "/no/such", "target", target.toString()), new BuildState("b", ui));
        assertEquals(
                new StepResult.Halt("open /no/such: no such file or directory"),
                assertInstanceOf(StepResult.Halt.class, results.get(0)));
    }

    /** A ConfigView over plain attribute values, as the compiler's checked body offers them. */
    private record MapConfigView(Map<String, dev.kiln.stdlib.value.Value> values)
            implements dev.kiln.compiler.schema.ConfigView {
        @Override
        public boolean isSet(String name) {
            return values.containsKey(name);
        }

        @Override
        public dev.kiln.stdlib.value.Value value(String name) {
            return values.getOrDefault(name, dev.kiln.stdlib.value.Value.nullOf(dev.kiln.stdlib.type.Type.STRING));
        }

        @Override
        public List<? extends dev.kiln.compiler.schema.ConfigView> blocks(String type) {
            return List.of();
        }

        @Override
        public dev.kiln.compiler.source.SourceRange rangeOf(String name) {
            return null;
        }

        @Override
        public dev.kiln.compiler.source.SourceRange definitionRange() {
            return null;
        }
    }
}
