package dev.kiln.runtime.provisioner.file;

import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.Progress;
import dev.kiln.runtime.spi.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the {@code file} provisioner does: uploads local files and directories to the machine, or downloads
 * remote ones, with Packer's trailing-slash rules. A directory source ending in {@code /} copies
 * its contents, without it the directory itself; a destination ending in {@code /} receives the
 * file under its own name.
 */
public final class FileTransfer {

    private final FileProvisionerConfig config;

    /** A provisioner for {@code config}. */
    public FileTransfer(FileProvisionerConfig config) {
        this.config = config;
    }

    /** Copies the files; {@code generated} feeds Go templates left in source and destination. */
    public void provision(Ui ui, Communicator comm, Map<String, String> generated)
            throws PluginFailure, InterruptedException {
        String destination = render(config.destination(), generated, "destination");
        List<String> sources = new ArrayList<>();
        for (String source : config.sources()) sources.add(render(source, generated, "source"));
        Path content = null;
        try {
            if (!config.content().isEmpty()) {
                // Packer writes content to a temporary file and uploads that like any other source.
                content = Files.createTempFile("pkr-file-content", "");
                Files.writeString(content, config.content(), StandardCharsets.UTF_8);
                sources.add(content.toString());
            }
            if (config.download() && content == null) {
                for (String source : sources) download(ui, comm, source, destination);
            } else {
                for (String source : sources) upload(ui, comm, source, destination);
            }
        } catch (IOException e) {
            throw new PluginFailure(e.getMessage(), e);
        } finally {
            if (content != null) deleteQuietly(content);
        }
    }

    private static String render(String template, Map<String, String> generated, String what) throws PluginFailure {
        try {
            return GoTemplate.render(template, generated);
        } catch (GoTemplate.TemplateException e) {
            throw new PluginFailure("Error interpolating " + what + ": " + e.getMessage());
        }
    }

    private static void upload(Ui ui, Communicator comm, String source, String destination)
            throws IOException, InterruptedException, PluginFailure {
        ui.say("Uploading " + source + " => " + destination);
        Path path = Path.of(source);
        if (!Files.exists(path)) throw new PluginFailure("stat " + source + ": no such file or directory");
        try {
            if (Files.isDirectory(path)) {
                try (Progress progress = ui.startProgress(path.getFileName().toString(), treeSize(path))) {
                    comm.uploadDirectory(path, destination, source.endsWith("/"), progress);
                }
                return;
            }
            String target = destination.endsWith("/") ? destination + path.getFileName() : destination;
            try (InputStream in = Files.newInputStream(path);
                    Progress progress = ui.startProgress(path.getFileName().toString(), Files.size(path))) {
                comm.upload(target, in, Files.size(path), mode(path), progress);
            }
        } catch (IOException e) {
            ui.error("Upload failed: " + e.getMessage());
            throw e;
        }
    }

    private static void download(Ui ui, Communicator comm, String source, String destination)
            throws IOException, InterruptedException {
        ui.say("Downloading " + source + " => " + destination);
        String target = destination;
        Path dir;
        if (!destination.endsWith("/")) {
            dir = Path.of(destination).toAbsolutePath().getParent();
        } else {
            dir = Path.of(destination);
            if (!source.endsWith("/") && !source.endsWith("*")) target = destination + baseName(source);
        }
        if (dir != null) Files.createDirectories(dir);
        // Remote sizes are unknown before the transfer: the bar shows bytes and rate without a percentage.
        if (source.endsWith("/") || source.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
            try (Progress progress = ui.startProgress(baseName(source), -1)) {
                comm.downloadDirectory(source, Path.of(target), source.endsWith("/"), progress);
            }
            return;
        }
        try (OutputStream out = Files.newOutputStream(Path.of(target));
                Progress progress = ui.startProgress(baseName(source), -1)) {
            comm.download(source, out, progress);
        } catch (IOException e) {
            ui.error("Download failed: " + e.getMessage());
            throw e;
        }
    }

    /** The bytes of every regular file under {@code root}: the total of a directory upload's bar. */
    private static long treeSize(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static String baseName(String remote) {
        String trimmed = remote.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The file's POSIX permission bits, so an executable stays executable on the machine. */
    static int mode(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            int mode = 0;
            for (PosixFilePermission p : permissions) mode |= 1 << (8 - p.ordinal());
            return mode;
        } catch (IOException | UnsupportedOperationException e) {
            return 0644;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover temp file is harmless.
        }
    }
}
