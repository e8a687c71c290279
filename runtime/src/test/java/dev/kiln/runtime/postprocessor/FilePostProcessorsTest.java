package dev.kiln.runtime.postprocessor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builder.file.FileBuilder;
import dev.kiln.runtime.plugin.FileArtifact;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import dev.kiln.runtime.plugin.TestPostContexts;
import dev.kiln.runtime.postprocessor.artifice.ArtificePostProcessor;
import dev.kiln.runtime.postprocessor.artifice.ArtificeSchema;
import dev.kiln.runtime.postprocessor.checksum.ChecksumPostProcessor;
import dev.kiln.runtime.postprocessor.checksum.ChecksumSchema;
import dev.kiln.runtime.postprocessor.compress.ArchiveFormat;
import dev.kiln.runtime.postprocessor.compress.CompressPostProcessor;
import dev.kiln.runtime.postprocessor.compress.CompressSchema;
import dev.kiln.runtime.postprocessor.shelllocal.ShellLocalPostProcessor;
import dev.kiln.runtime.postprocessor.shelllocal.ShellLocalPostProcessorSchema;
import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePostProcessorsTest {

    @TempDir
    Path dir;

    private final RecordingUi ui = new RecordingUi();
    private Artifact two;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/a.txt"), "hello\n");
        Files.writeString(dir.resolve("out/b.txt"), "world\n");
        two = new FileArtifact("test", List.of(Path.of("out/a.txt"), Path.of("out/b.txt")), "x", "two files", Map.of());
    }

    private PostProcessContext context() {
        return TestPostContexts.of(ui, dir, "run-1", false);
    }

    @Test
    void checksumFilesPerTypeWithPackersDefaultName() throws Exception {
        PostProcessResult result = new ChecksumPostProcessor(
                        TestConfigs.values(ChecksumSchema.SCHEMA, "checksum_types = [\"md5\", \"sha256\"]\n"))
                .process(context(), two);
        assertEquals(
                "b1946ac92492d2347c6235b4d2611184\ta.txt\n591785b794601e212b260e25925636fd\tb.txt\n",
                Files.readString(dir.resolve("packer_example_file_md5.checksum")));
        assertEquals(
                "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\ta.txt\n"
                        + "e258d248fda94c63753607f7c4494ee0fcbe92f1a76bfdac795c9d84101eb317\tb.txt\n",
                Files.readString(dir.resolve("packer_example_file_sha256.checksum")));
        assertEquals(
                List.of(
                        Path.of("out/a.txt"),
                        Path.of("out/b.txt"),
                        Path.of("packer_example_file_md5.checksum"),
                        Path.of("packer_example_file_sha256.checksum")),
                result.artifact().files());
        assertEquals(ChecksumPostProcessor.BUILDER_ID, result.artifact().builderId());
        assertTrue(result.keepInput() && result.forceOverride());
    }

    @Test
    void checksumOutputTemplateAndEveryAlgorithm() throws Exception {
        new ChecksumPostProcessor(TestConfigs.values(ChecksumSchema.SCHEMA, """
                checksum_types = ["sha1", "sha224", "sha384", "sha512"]
                output = "sums/{{.BuildName}}-{{.BuilderType}}.{{.ChecksumType}}"
                """))
                .process(context(), FileBuilder.artifact("out/a.txt"));
        assertEquals(
                "f572d396fae9206628714fb2ce00f72e94f2258f\ta.txt\n",
                Files.readString(dir.resolve("sums/example-file.sha1")));
        assertEquals(
                56, Files.readString(dir.resolve("sums/example-file.sha224")).indexOf('\t'));
        assertEquals(
                96, Files.readString(dir.resolve("sums/example-file.sha384")).indexOf('\t'));
        assertEquals(
                128, Files.readString(dir.resolve("sums/example-file.sha512")).indexOf('\t'));
        assertEquals(
                List.of("Unrecognized checksum type: crc32"),
                TestConfigs.problems(ChecksumSchema.SCHEMA, "checksum_types = [\"crc32\"]\n"));
    }

    @Test
    void formatsFromTheOutputsExtensions() {
        assertEquals(
                new ArchiveFormat("tar", "pgzip"), ArchiveFormat.detect("packer_{{.BuildName}}_{{.BuilderType}}", ""));
        assertEquals(new ArchiveFormat("tar", "pgzip"), ArchiveFormat.detect("a.tar.gz", ""));
        assertEquals(new ArchiveFormat("", "pgzip"), ArchiveFormat.detect("a.gz", ""));
        assertEquals(new ArchiveFormat("tar", ""), ArchiveFormat.detect("a.tar", ""));
        assertEquals(new ArchiveFormat("zip", ""), ArchiveFormat.detect("a.zip", ""));
        assertEquals(new ArchiveFormat("tar", "xz"), ArchiveFormat.detect("a.tar.xz", ""));
        assertEquals(new ArchiveFormat("", "lz4"), ArchiveFormat.detect("a.lz4", ""));
        assertEquals(new ArchiveFormat("tar", "bzip2"), ArchiveFormat.detect("a.tar.bz2", ""));
        assertEquals(new ArchiveFormat("tar", "pgzip"), ArchiveFormat.detect("a.rar", ""));
        assertEquals(new ArchiveFormat("tar", "xz"), ArchiveFormat.detect("a", "tar.xz"));
    }

    @Test
    void tarballsRoundTripWithEveryCompression() throws Exception {
        for (String ext : List.of("tar", "tar.gz", "tar.xz", "tar.bz2", "tar.lz4", "tar.bgzf")) {
            PostProcessResult result = compress("output = \"dist/{{.BuildName}}." + ext + "\"\n", two);
            Path archive = dir.resolve("dist/example." + ext);
            assertEquals(
                    List.of(Path.of("dist/example." + ext)), result.artifact().files());
            assertEquals("dist/example." + ext, result.artifact().id());
            assertFalse(result.keepInput(), "compress lets its input go");
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(decompress(ext, Files.newInputStream(archive)))) {
                List<String> entries = new ArrayList<>();
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    entries.add(e.getName() + "=" + new String(tar.readAllBytes(), StandardCharsets.UTF_8).trim());
                }
                assertEquals(List.of("a.txt=hello", "b.txt=world"), entries, ext);
            }
        }
        assertTrue(
                ui.lines().contains("say: Tarring dist/example.tar.xz with xz"),
                ui.lines().toString());
        assertTrue(ui.lines()
                .contains(
                        "say: Using xz compression with 1 core for dist/example.tar.xz (library does not support MT)"));
        assertTrue(ui.lines().contains("say: Archive dist/example.tar completed"));
    }

    @Test
    void zipKeepsThePathsAndSingleFilesCompressAlone() throws Exception {
        compress("output = \"a.zip\"\n", two);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("a.zip")))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) names.add(e.getName());
            assertEquals(List.of("out/a.txt", "out/b.txt"), names);
        }
        for (String ext : List.of("gz", "xz", "bz2", "lz4", "bgzf")) {
            compress("output = \"single." + ext + "\"\ncompression_level = 9\n", FileBuilder.artifact("out/a.txt"));
            assertArrayEquals(
                    "hello\n".getBytes(StandardCharsets.UTF_8),
                    decompress(ext, Files.newInputStream(dir.resolve("single." + ext)))
                            .readAllBytes(),
                    ext);
        }
        assertTrue(
                ui.lines().contains("say: Archiving out/a.txt with pgzip"),
                ui.lines().toString());
        PostProcessException e = assertThrows(PostProcessException.class, () -> compress("output = \"x.gz\"\n", two));
        assertEquals(
                "Can only have 1 input file when not using tar/zip. Found 2 files: [out/a.txt out/b.txt]",
                e.getMessage());
    }

    @Test
    void artificeReplacesTheArtifactWithMatchingFiles() throws Exception {
        PostProcessResult result = new ArtificePostProcessor(
                        TestConfigs.values(ArtificeSchema.SCHEMA, "files = [\"out/*.txt\", \"missing.bin\"]\n"))
                .process(context(), FileBuilder.artifact("out/a.txt"));
        assertEquals(
                List.of(Path.of("out/a.txt"), Path.of("out/b.txt")),
                result.artifact().files());
        assertEquals(
                "Created artifact from files: out/a.txt, out/b.txt",
                result.artifact().description());
        assertTrue(result.keepInput() && !result.forceOverride());
        assertEquals(
                List.of(
                        "say: Discarding files from artifact: out/a.txt",
                        "say: Using these artifact files: out/a.txt, out/b.txt"),
                ui.lines());
        assertEquals(
                List.of("No files specified in artifice configuration"),
                TestConfigs.problems(ArtificeSchema.SCHEMA, ""));
    }

    @Test
    void shellLocalPostProcessorRunsWithTheArtifactAndKeepsIt() throws Exception {
        Artifact input = FileBuilder.artifact("out/a.txt");
        PostProcessResult result = new ShellLocalPostProcessor(TestConfigs.values(
                        ShellLocalPostProcessorSchema.SCHEMA,
                        "inline = [\"echo $PACKER_BUILD_NAME $PACKER_BUILDER_TYPE {{ .PackerRunUUID }}\"]\n"))
                .process(context(), input);
        assertSame(input, result.artifact());
        assertTrue(result.keepInput() && result.forceOverride());
        assertEquals(
                List.of("out: example file run-1"),
                ui.lines().stream().filter(l -> l.startsWith("out:")).toList());
    }

    @Test
    void oneStringExecuteCommandRunsUnderShC() throws Exception {
        new ShellLocalPostProcessor(TestConfigs.values(
                        ShellLocalPostProcessorSchema.SCHEMA,
                        "inline = [\"echo hi\"]\nexecute_command = [\"echo old-style {{.Script}} | cut -c1-9\"]\n"))
                .process(context(), FileBuilder.artifact("out/a.txt"));
        assertEquals(
                List.of("out: old-style"),
                ui.lines().stream().filter(l -> l.startsWith("out:")).toList());
    }

    private PostProcessResult compress(String hcl, Artifact input) throws Exception {
        return new CompressPostProcessor(TestConfigs.values(CompressSchema.SCHEMA, hcl)).process(context(), input);
    }

    private static InputStream decompress(String ext, InputStream in) throws Exception {
        if (ext.endsWith("gz") || ext.endsWith("bgzf")) return new GZIPInputStream(in);
        if (ext.endsWith("xz")) return new XZCompressorInputStream(in);
        if (ext.endsWith("bz2")) return new BZip2CompressorInputStream(in);
        if (ext.endsWith("lz4")) return new FramedLZ4CompressorInputStream(in);
        return in;
    }
}
