package dev.kiln.runtime;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.runtime.builder.amazon.AmazonEbsPlugin;
import dev.kiln.runtime.builder.file.FileBuilderPlugin;
import dev.kiln.runtime.builder.nullbuilder.NullBuilderPlugin;
import dev.kiln.runtime.communicator.ssh.SshPlugin;
import dev.kiln.runtime.datasource.amazonami.AmazonAmiPlugin;
import dev.kiln.runtime.postprocessor.artifice.ArtificePlugin;
import dev.kiln.runtime.postprocessor.checksum.ChecksumPlugin;
import dev.kiln.runtime.postprocessor.compress.CompressPlugin;
import dev.kiln.runtime.postprocessor.manifest.ManifestPlugin;
import dev.kiln.runtime.postprocessor.shelllocal.ShellLocalPostProcessorPlugin;
import dev.kiln.runtime.provisioner.ansible.AnsiblePlugin;
import dev.kiln.runtime.provisioner.ansiblelocal.AnsibleLocalPlugin;
import dev.kiln.runtime.provisioner.breakpoint.BreakpointPlugin;
import dev.kiln.runtime.provisioner.file.FileProvisionerPlugin;
import dev.kiln.runtime.provisioner.shell.ShellPlugin;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalPlugin;
import dev.kiln.runtime.provisioner.sleep.SleepPlugin;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.BuilderFactory;
import dev.kiln.runtime.spi.CommunicatorDescriptor;
import dev.kiln.runtime.spi.CommunicatorFactory;
import dev.kiln.runtime.spi.DataSourceFactory;
import dev.kiln.runtime.spi.PluginDescriptor;
import dev.kiln.runtime.spi.PostProcessorFactory;
import dev.kiln.runtime.spi.ProvisionerFactory;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every plugin kiln has, one {@link PluginDescriptor} each: the schemas the compiler checks
 * templates against, the factories {@code build} makes plugins with, the data sources that run, and
 * the communicators builders connect with. Listing a plugin loads none of its classes (no cloud SDK
 * for {@code validate}).
 */
public final class PluginCatalog implements PluginSchemas {

    /** The catalog of everything built in. */
    public static final PluginCatalog BUILT_IN = of(
            List.of(
                    AmazonEbsPlugin.DESCRIPTOR,
                    NullBuilderPlugin.DESCRIPTOR,
                    FileBuilderPlugin.DESCRIPTOR,
                    ShellPlugin.DESCRIPTOR,
                    FileProvisionerPlugin.DESCRIPTOR,
                    ShellLocalPlugin.DESCRIPTOR,
                    BreakpointPlugin.DESCRIPTOR,
                    SleepPlugin.DESCRIPTOR,
                    AnsiblePlugin.DESCRIPTOR,
                    AnsibleLocalPlugin.DESCRIPTOR,
                    ManifestPlugin.DESCRIPTOR,
                    ShellLocalPostProcessorPlugin.DESCRIPTOR,
                    ChecksumPlugin.DESCRIPTOR,
                    CompressPlugin.DESCRIPTOR,
                    ArtificePlugin.DESCRIPTOR,
                    AmazonAmiPlugin.DESCRIPTOR),
            List.of(SshPlugin.DESCRIPTOR));

    private final Map<PluginKind, Map<String, PluginDescriptor>> plugins;
    private final Map<String, CommunicatorFactory> communicators;

    private PluginCatalog(
            Map<PluginKind, Map<String, PluginDescriptor>> plugins, Map<String, CommunicatorFactory> communicators) {
        this.plugins = plugins;
        this.communicators = communicators;
    }

    /** A catalog of {@code plugins} and {@code communicators}; a kind and type listed twice is a bug. */
    public static PluginCatalog of(List<PluginDescriptor> plugins, List<CommunicatorDescriptor> communicators) {
        Map<PluginKind, Map<String, PluginDescriptor>> byKind = new EnumMap<>(PluginKind.class);
        for (PluginKind kind : PluginKind.values()) byKind.put(kind, new LinkedHashMap<>());
        for (PluginDescriptor plugin : plugins) {
            if (byKind.get(plugin.kind()).putIfAbsent(plugin.type(), plugin) != null) {
                throw new IllegalArgumentException("two " + plugin.kind() + " plugins named " + plugin.type());
            }
        }
        Map<String, CommunicatorFactory> byType = new LinkedHashMap<>();
        for (CommunicatorDescriptor communicator : communicators) {
            if (byType.putIfAbsent(communicator.type(), communicator.factory()) != null) {
                throw new IllegalArgumentException("two communicators named " + communicator.type());
            }
        }
        byKind.replaceAll((kind, map) -> Map.copyOf(map));
        return new PluginCatalog(byKind, Map.copyOf(byType));
    }

    /** Every plugin, by kind then type name. */
    public List<PluginDescriptor> descriptors() {
        return plugins.values().stream()
                .flatMap(map -> new TreeSet<>(map.keySet()).stream().map(map::get))
                .toList();
    }

    /** The plugin {@code type} of {@code kind}. */
    public Optional<PluginDescriptor> descriptor(PluginKind kind, String type) {
        return Optional.ofNullable(plugins.get(kind).get(type));
    }

    @Override
    public Optional<String> packerOrigin(PluginKind kind, String type) {
        return PackerComponents.origin(kind, type).map(PackerComponents.Origin::source);
    }

    @Override
    public Optional<BlockSchema> schema(PluginKind kind, String type) {
        return descriptor(kind, type).map(PluginDescriptor::schema);
    }

    @Override
    public SortedSet<String> types(PluginKind kind) {
        return new TreeSet<>(plugins.get(kind).keySet());
    }

    /** A new builder of {@code type}; empty when kiln has none that runs. */
    public Optional<Builder> builder(String type) {
        return factory(PluginKind.BUILDER, type, BuilderFactory.class).map(f -> f.create(this::communicator));
    }

    /** The factory of the provisioner {@code type}; empty when kiln has none that runs. */
    public Optional<ProvisionerFactory> provisioner(String type) {
        return factory(PluginKind.PROVISIONER, type, ProvisionerFactory.class);
    }

    /** The factory of the post-processor {@code type}; empty when kiln has none that runs. */
    public Optional<PostProcessorFactory> postProcessor(String type) {
        return factory(PluginKind.POST_PROCESSOR, type, PostProcessorFactory.class);
    }

    /** The factory of the data source {@code type}; empty when kiln has none that runs. */
    public Optional<DataSourceFactory> dataSource(String type) {
        return factory(PluginKind.DATA_SOURCE, type, DataSourceFactory.class);
    }

    /** The communicator {@code type} ({@code ssh}); empty when kiln has none of that type. */
    public Optional<CommunicatorFactory> communicator(String type) {
        return Optional.ofNullable(communicators.get(type));
    }

    private <T> Optional<T> factory(PluginKind kind, String type, Class<T> factoryType) {
        return descriptor(kind, type)
                .map(PluginDescriptor::factory)
                .filter(factoryType::isInstance)
                .map(factoryType::cast);
    }
}
