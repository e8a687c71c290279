package dev.kiln.runtime.postprocessor.compress;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.FileArtifact;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.PostProcessor;
import dev.kiln.runtime.spi.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The {@code compress} post-processor: writes the artifact's files into one archive whose
 * extension picks the format ({@code .tar}, {@code .zip}, {@code .tar.gz}, {@code .gz},
 * {@code .tar.xz}, {@code .lz4}, {@code .bz2} ...). Without an archive format only a single file
 * can be compressed. The input is not kept unless {@code keep_input_artifact} says so.
 */
public final class CompressPostProcessor implements PostProcessor {

    /** Packer's builder id of the artifact. */
    public static final String BUILDER_ID = "packer.post-processor.compress";

    private final ConfigView values;

    /** The post-processor configured by {@code values}. */
    public CompressPostProcessor(ConfigView values) {
        this.values = values;
    }

    @Override
    public PostProcessResult process(PostProcessContext context, Artifact input) throws PostProcessException {
        String output = values.text("output");
        ArchiveFormat format = ArchiveFormat.detect(output, values.text("format"));
        int level = level(values.number("compression_level")
                .map(java.math.BigDecimal::longValue)
                .orElse(0L));
        Map<String, String> data = new HashMap<>(input.state());
        data.put(
                "BuildName",
                values.text("packer_build_name").isEmpty() ? context.sourceName() : values.text("packer_build_name"));
        data.put(
                "BuilderType",
                values.text("packer_builder_type").isEmpty()
                        ? context.builderType()
                        : values.text("packer_builder_type"));
        String target;
        try {
            target = GoTemplate.render(output, data);
        } catch (GoTemplate.TemplateException e) {
            throw new PostProcessException("Error interpolating output value: " + e.getMessage(), e);
        }
        Path base = context.workingDirectory();
        Path targetPath = base.resolve(target);
        try {
            if (targetPath.getParent() != null) Files.createDirectories(targetPath.getParent());
        } catch (IOException e) {
            throw new PostProcessException("Unable to create dir for archive " + target + ": " + e.getMessage(), e);
        }
        if (format.archive().isEmpty() && input.files().size() != 1) {
            throw new PostProcessException("Can only have 1 input file when not using tar/zip. Found "
                    + input.files().size() + " files: ["
                    + input.files().stream().map(Path::toString).collect(Collectors.joining(" ")) + "]");
        }
        Ui ui = context.ui();
        try (OutputStream file = Files.newOutputStream(targetPath);
                OutputStream out = CompressionStreams.open(format.algorithm(), level, file)) {
            announce(ui, format.algorithm(), target);
            String compression = format.algorithm().isEmpty() ? "no compression" : format.algorithm();
            if (format.archive().equals("tar")) {
                ui.say("Tarring " + target + " with " + compression);
                writeTar(base, input.files(), out);
            } else if (format.archive().equals("zip")) {
                ui.say("Zipping " + target);
                writeZip(base, input.files(), out);
            } else {
                Path only = input.files().get(0);
                ui.say("Archiving " + only + " with " + compression);
                try (InputStream in = Files.newInputStream(base.resolve(only))) {
                    in.transferTo(out);
                } catch (IOException e) {
                    throw new PostProcessException("Failed to compress " + only + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new PostProcessException("Unable to create archive " + target + ": " + e.getMessage(), e);
        }
        ui.say("Archive " + target + " completed");
        return new PostProcessResult(
                new FileArtifact(
                        BUILDER_ID, List.of(Path.of(target)), target, "compressed artifacts in: " + target, Map.of()),
                false,
                false);
    }

    /** Packer's levels: above 9 is 9, 0 and -1 mean the default (6), below -1 is refused. */
    static int level(long configured) throws PostProcessException {
        if (configured > 9) return 9;
        if (configured == 0 || configured == -1) return 6;
        if (configured < -1)
            throw new PostProcessException("Invalid compression level. Expected an integer from -1 to 9.");
        return (int) configured;
    }

    private static void announce(Ui ui, String algorithm, String target) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (algorithm.equals("xz")) {
            ui.say("Using xz compression with 1 core for " + target + " (library does not support MT)");
        } else if (!algorithm.isEmpty()) {
            ui.say("Using " + algorithm + " compression with " + cores + " cores for " + target);
        }
    }

    /** A tar of the files under their base names, with their modes and times (Go's {@code tar.FileInfoHeader}). */
    private static void writeTar(Path base, List<Path> files, OutputStream out)
            throws IOException, PostProcessException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (Path file : files) {
            Path source = base.resolve(file);
            if (!Files.isReadable(source))
                throw new PostProcessException("Unable to read file " + file + ": no such file or directory");
            TarArchiveEntry entry = new TarArchiveEntry(file.getFileName().toString());
            entry.setSize(Files.size(source));
            entry.setMode(mode(source));
            entry.setModTime(new Date(Files.getLastModifiedTime(source).toMillis()));
            tar.putArchiveEntry(entry);
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
    }

    /** A zip of the files under their paths as given, slash-separated (Packer's {@code archive.Create(path)}). */
    private static void writeZip(Path base, List<Path> files, OutputStream out)
            throws IOException, PostProcessException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path file : files) {
            Path source = base.resolve(file);
            if (!Files.isReadable(source))
                throw new PostProcessException("Unable to read file " + file + ": no such file or directory");
            zip.putNextEntry(new ZipEntry(file.toString().replace('\\', '/')));
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static int mode(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            int mode = 0;
            for (PosixFilePermission p : permissions) mode |= 1 << (8 - p.ordinal());
            return mode;
        } catch (IOException | UnsupportedOperationException e) {
            return 0644;
        }
    }
}
