package dev.kiln.runtime.postprocessor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builder.file.FileBuilder;
import dev.kiln.runtime.plugin.FakeTime;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import dev.kiln.runtime.plugin.TestPostContexts;
import dev.kiln.runtime.postprocessor.manifest.ManifestPostProcessor;
import dev.kiln.runtime.postprocessor.manifest.ManifestSchema;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestPostProcessorTest {

    @TempDir
    Path dir;

    private final RecordingUi ui = new RecordingUi();
    private final FakeTime time = new FakeTime();

    private PostProcessResult run(String hcl, String run, boolean force) throws Exception {
        return new ManifestPostProcessor(TestConfigs.values(ManifestSchema.SCHEMA, hcl), time)
                .process(TestPostContexts.of(ui, dir, run, force), FileBuilder.artifact("out/app.txt"));
    }

    private static String golden(String name) throws Exception {
        return new String(
                        ManifestPostProcessorTest.class
                                .getResourceAsStream("/golden/postprocessor/" + name)
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .stripTrailing();
    }

    @Test
    void writesPackersJsonAndAppendsWithinARunAndAcrossRuns() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/app.txt"), "12345");
        PostProcessResult result =
                run("custom_data = { b = \"<x & y>\", a = \"{{ .PackerRunUUID }}\" }\n", "run-1", false);
        assertSame(FileBuilder.BUILDER_ID, result.artifact().builderId());
        assertTrue(result.keepInput() && result.forceOverride(), "the manifest never lets its input go");
        run("strip_path = true\nstrip_time = true\n", "run-1", false);
        run("strip_time = true\n", "run-2", false);
        assertEquals(golden("manifest-appended.json"), Files.readString(dir.resolve("packer-manifest.json")));
    }

    @Test
    void forceStartsAFreshManifestOnceARun() throws Exception {
        run("strip_time = true\n", "run-1", false);
        run("strip_time = true\n", "run-2", true);
        run("strip_time = true\noutput = \"packer-manifest.json\"\n", "run-2", true);
        String text = Files.readString(dir.resolve("packer-manifest.json"));
        assertEquals(2, text.split("\"packer_run_uuid\": \"run-2\"").length - 1, text);
        assertTrue(!text.contains("run-1"), text);
    }

    @Test
    void parallelBuildsAllLand() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        List<Future<PostProcessResult>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<PostProcessResult> task = () -> run("output = \"m/manifest.json\"\n", "run-1", false);
            results.add(pool.submit(task));
        }
        for (var r : results) r.get();
        pool.shutdown();
        String text = Files.readString(dir.resolve("m/manifest.json"));
        assertEquals(8, text.split("\"builder_type\"").length - 1);
        assertTrue(!Files.exists(dir.resolve("m/manifest.json.lock")));
    }

    @Test
    void aBrokenManifestIsAnError() throws Exception {
        Files.writeString(dir.resolve("packer-manifest.json"), "{not json");
        PostProcessException e = assertThrows(PostProcessException.class, () -> run("", "run-1", false));
        assertTrue(e.getMessage().startsWith("Unable to parse content from packer-manifest.json: "), e.getMessage());
    }
}
