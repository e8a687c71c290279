package dev.kiln.runtime.provisioner.file;

import dev.kiln.runtime.plugin.ConfigValues;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.runtime.plugin.PluginConfigException;
import java.util.ArrayList;
import java.util.List;

/** The {@code file} provisioner's options (see {@link FileProvisionerSchema}). */
public record FileProvisionerConfig(List<String> sources, String content, String destination, boolean download,
        boolean generated) {

    /**
     * Decodes the options; {@code source} joins {@code sources} at the end, as in Packer. Upload
     * sources must exist now unless {@code generated} says the build creates them.
     */
    public static FileProvisionerConfig decode(ConfigValues c) throws PluginConfigException {
        List<String> sources = new ArrayList<>(c.stringList("sources"));
        if (!c.string("source").isEmpty()) sources.add(c.string("source"));
        boolean download = c.string("direction").equals("download");
        boolean generated = c.bool("generated");
        List<String> errors = new ArrayList<>();
        if (!download && !generated) {
            for (String source : sources) {
                LocalFiles.statError(source).ifPresent(error -> errors.add(FileProvisionerSchema.badSource(source, error)));
            }
        }
        PluginConfigException.throwIfAny(errors);
        return new FileProvisionerConfig(List.copyOf(sources), c.string("content"), c.string("destination"), download,
                generated);
    }
}
