package dev.kiln.runtime.postprocessor.checksum;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.FileArtifact;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.PostProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code checksum} post-processor: for each checksum type appends {@code HEX<TAB>FILENAME}
 * lines for every artifact file to the rendered {@code output} file, and returns the input files
 * plus the checksum files it created. It keeps its input: deleting what it summed would be absurd.
 */
public final class ChecksumPostProcessor implements PostProcessor {

    /** Packer's builder id of the artifact. */
    public static final String BUILDER_ID = "packer.post-processor.checksum";

    private static final Map<String, String> ALGORITHMS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384", "sha512",
            "SHA-512");

    private final ConfigView values;

    /** The post-processor configured by {@code values}. */
    public ChecksumPostProcessor(ConfigView values) {
        this.values = values;
    }

    @Override
    public PostProcessResult process(PostProcessContext context, Artifact input) throws PostProcessException {
        List<String> types = values.strings("checksum_types");
        String output = values.text("output");
        Map<String, String> data = new HashMap<>(input.state());
        data.put(
                "BuildName",
                values.text("packer_build_name").isEmpty() ? context.sourceName() : values.text("packer_build_name"));
        data.put(
                "BuilderType",
                values.text("packer_builder_type").isEmpty()
                        ? context.builderType()
                        : values.text("packer_builder_type"));
        List<Path> files = new ArrayList<>(input.files());
        for (String type : types) {
            String algorithm = ALGORITHMS.get(type);
            if (algorithm == null) throw new PostProcessException("Unrecognized checksum type: " + type);
            data.put("ChecksumType", type);
            for (Path file : input.files()) {
                String checksumFile;
                try {
                    checksumFile = GoTemplate.render(output, data);
                } catch (GoTemplate.TemplateException e) {
                    throw new PostProcessException(e.getMessage(), e);
                }
                Path target = context.workingDirectory().resolve(checksumFile);
                if (!Files.exists(target)) files.add(Path.of(checksumFile));
                append(
                        target,
                        hash(algorithm, type, context.workingDirectory().resolve(file)) + "\t" + file.getFileName()
                                + "\n");
            }
        }
        String description = "Created artifact from files: "
                + files.stream().map(Path::toString).collect(Collectors.joining(", "));
        return new PostProcessResult(new FileArtifact(BUILDER_ID, files, "", description, Map.of()), true, true);
    }

    private static String hash(String algorithm, String type, Path file) throws PostProcessException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) digest.update(buffer, 0, n);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PostProcessException(
                    "unable to open file " + file + ": open " + file + ": no such file or directory", e);
        } catch (IOException e) {
            throw new PostProcessException("unable to compute " + type + " hash for " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void append(Path target, String line) throws PostProcessException {
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new PostProcessException("unable to create dir: " + e.getMessage(), e);
        }
        try {
            Files.writeString(
                    target,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new PostProcessException("unable to create file " + target + ": " + e.getMessage(), e);
        }
    }
}
