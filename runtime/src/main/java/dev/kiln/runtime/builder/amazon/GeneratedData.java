package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.BuildState;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * Packer's generated data of amazon-ebs ({@code SourceAMI}, {@code SourceAMIName},
 * {@code SourceAMIOwner}, {@code SourceAMIOwnerName}, {@code SourceAMICreationDate}, {@code BuildRegion}):
 * what {@code {{ .SourceAMI }}} in tags renders to and what {@code build.SourceAMI} is.
 */
final class GeneratedData {

    private GeneratedData() {}

    /** The data of a build in {@code region} from {@code source}. */
    static Map<String, String> of(Image source, String region) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("BuildRegion", region);
        data.put("SourceAMI", text(source.imageId()));
        data.put("SourceAMICreationDate", text(source.creationDate()));
        data.put("SourceAMIName", text(source.name()));
        data.put("SourceAMIOwner", text(source.ownerId()));
        data.put("SourceAMIOwnerName", text(source.imageOwnerAlias()));
        return data;
    }

    /** The data of the build so far. */
    static Map<String, String> of(BuildState state) {
        return of(
                state.require(EbsState.SOURCE_IMAGE),
                state.require(AmazonSession.KEY).region());
    }

    /** The rendered tags of {@code mapName} + {@code blockName} (e.g. {@code run_tags} + {@code run_tag}). */
    static Map<String, String> tags(ConfigView config, String mapName, String blockName, Map<String, String> data)
            throws GoTemplate.TemplateException {
        return EbsOptions.render(EbsOptions.tags(config, mapName, blockName), data);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
