package dev.kiln.runtime.provisioner.file;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.spi.LocalFiles;
import java.util.ArrayList;
import java.util.List;

/** The {@code file} provisioner's options (see {@link FileProvisionerSchema}). */
public record FileProvisionerConfig(
        List<String> sources, String content, String destination, boolean download, boolean generated) {

    /**
     * Decodes the options; {@code source} joins {@code sources} at the end, as in Packer. Upload
     * sources must exist now unless {@code generated} says the build creates them.
     */
    public static FileProvisionerConfig decode(ConfigView c) throws PluginConfigException {
        List<String> sources = new ArrayList<>(c.strings("sources"));
        if (!c.text("source").isEmpty()) sources.add(c.text("source"));
        boolean download = c.text("direction").equals("download");
        boolean generated = c.isTrue("generated");
        List<String> errors = new ArrayList<>();
        if (!download && !generated) {
            for (String source : sources) {
                LocalFiles.statError(source)
                        .ifPresent(error -> errors.add(FileProvisionerSchema.badSource(source, error)));
            }
        }
        PluginConfigException.throwIfAny(errors);
        return new FileProvisionerConfig(
                List.copyOf(sources), c.text("content"), c.text("destination"), download, generated);
    }
}
