package dev.kiln.runtime.postprocessor.manifest;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.PostProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code manifest} post-processor: appends the build's artifact to a JSON file shared by every
 * build of the run (and earlier runs, unless {@code -force} starts it afresh), then passes the
 * artifact on unchanged; it never lets its input be deleted.
 */
public final class ManifestPostProcessor implements PostProcessor {

    private final ConfigView values;
    private final Clock clock;

    /** The post-processor configured by {@code config} (registered as {@code ManifestPostProcessor::new}). */
    public ManifestPostProcessor(ConfigView config) {
        this(config, Clock.systemUTC());
    }

    /** The post-processor configured by {@code values}, timing builds with {@code clock}. */
    public ManifestPostProcessor(ConfigView values, Clock clock) {
        this.values = values;
        this.clock = clock;
    }

    @Override
    public PostProcessResult process(PostProcessContext context, Artifact input)
            throws PostProcessException, InterruptedException {
        String output = values.text("output");
        Path path = context.workingDirectory().resolve(output);
        String runUuid = context.buildVariables().get(BuildVariables.RUN_UUID).orElse("");
        ManifestEntry entry = entry(context, input, runUuid);
        boolean force = context.force() || values.isTrue("packer_force");
        try (ManifestLock lock = ManifestLock.acquire(path)) {
            ManifestJson.Manifest manifest = new ManifestJson.Manifest(new ArrayList<>(), "");
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                text = "";
            } catch (IOException e) {
                throw new PostProcessException("Unable to open " + output + " for reading: " + e.getMessage(), e);
            }
            if (!text.isEmpty()) {
                try {
                    manifest = ManifestJson.read(text);
                } catch (IllegalArgumentException e) {
                    throw new PostProcessException("Unable to parse content from " + output + ": " + e.getMessage(), e);
                }
            }
            if (force && !runUuid.equals(manifest.lastRunUuid())) {
                manifest = new ManifestJson.Manifest(new ArrayList<>(), "");
            }
            List<ManifestEntry> builds = new ArrayList<>(manifest.builds());
            builds.add(entry);
            try {
                Files.writeString(
                        path, ManifestJson.write(new ManifestJson.Manifest(builds, runUuid)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PostProcessException("Unable to write " + output + ": " + e.getMessage(), e);
            }
        }
        return new PostProcessResult(input, true, true);
    }

    private ManifestEntry entry(PostProcessContext context, Artifact input, String runUuid)
            throws PostProcessException {
        Map<String, String> data = new HashMap<>(input.state());
        data.putAll(context.buildVariables().values());
        Map<String, String> custom = null;
        if (values.hasValue("custom_data")) {
            custom = new TreeMap<>();
            for (var e : values.stringMap("custom_data").entrySet()) {
                try {
                    custom.put(e.getKey(), GoTemplate.render(e.getValue(), data));
                } catch (GoTemplate.TemplateException ex) {
                    throw new PostProcessException("Error interpolating custom data: " + ex.getMessage(), ex);
                }
            }
        }
        List<ManifestEntry.File> files = null;
        for (Path file : input.files()) {
            if (files == null) files = new ArrayList<>();
            long size;
            try {
                size = Files.size(context.workingDirectory().resolve(file));
            } catch (IOException e) {
                size = 0;
            }
            String name = values.isTrue("strip_path") ? file.getFileName().toString() : file.toString();
            files.add(new ManifestEntry.File(name, size));
        }
        String name =
                values.text("packer_build_name").isEmpty() ? context.sourceName() : values.text("packer_build_name");
        String type = values.text("packer_builder_type").isEmpty()
                ? context.builderType()
                : values.text("packer_builder_type");
        long buildTime = values.isTrue("strip_time") ? 0 : clock.instant().getEpochSecond();
        return new ManifestEntry(name, type, buildTime, files, input.id(), runUuid, custom);
    }
}
