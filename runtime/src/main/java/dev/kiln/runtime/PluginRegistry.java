package dev.kiln.runtime;

import dev.kiln.runtime.communicator.CommunicatorFactory;
import dev.kiln.runtime.engine.Builder;
import dev.kiln.runtime.postprocessor.PostProcessorFactory;
import dev.kiln.runtime.provisioner.ProvisionerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runnable plugins by type name: what {@code kiln build} instantiates (the schemas the compiler
 * checks against are in {@link PluginCatalog}). Plain lookups, one line per plugin, no reflection.
 */
public final class PluginRegistry {

    /** Every built-in plugin. */
    public static final PluginRegistry BUILT_IN = builtIn();

    private final Map<String, Function<PluginRegistry, Builder>> builders;
    private final Map<String, ProvisionerFactory> provisioners;
    private final Map<String, PostProcessorFactory> postProcessors;
    private final Map<String, CommunicatorFactory> communicators;

    private PluginRegistry(Registration r) {
        this.builders = Map.copyOf(r.builders);
        this.provisioners = Map.copyOf(r.provisioners);
        this.postProcessors = Map.copyOf(r.postProcessors);
        this.communicators = Map.copyOf(r.communicators);
    }

    private static PluginRegistry builtIn() {
        return new Registration()
                // builders (a builder gets the registry to find its communicator)
                .builder("null", registry -> new dev.kiln.runtime.builder.nullbuilder.NullBuilder(registry::communicator))
                .provisioner("shell", dev.kiln.runtime.provisioner.shell.ShellProvisioner::new)
                .provisioner("file", dev.kiln.runtime.provisioner.file.FileProvisioner::new)
                .provisioner("shell-local", dev.kiln.runtime.provisioner.shelllocal.ShellLocalProvisioner::new)
                .provisioner("breakpoint", dev.kiln.runtime.provisioner.breakpoint.BreakpointProvisioner::new)
                .provisioner("sleep", dev.kiln.runtime.provisioner.sleep.SleepProvisioner::new)
                .builder("file", registry -> new dev.kiln.runtime.builder.file.FileBuilder())
                .builder("amazon-ebs", registry -> new dev.kiln.runtime.builder.amazon.AmazonEbsBuilder(registry::communicator,
                        java.nio.file.Path.of("").toAbsolutePath(), System.getenv()))
                .postProcessor("manifest", dev.kiln.runtime.postprocessor.manifest.ManifestPostProcessor::new)
                .postProcessor("shell-local", dev.kiln.runtime.postprocessor.shelllocal.ShellLocalPostProcessor::new)
                .postProcessor("checksum", dev.kiln.runtime.postprocessor.checksum.ChecksumPostProcessor::new)
                .postProcessor("compress", dev.kiln.runtime.postprocessor.compress.CompressPostProcessor::new)
                .postProcessor("artifice", dev.kiln.runtime.postprocessor.artifice.ArtificePostProcessor::new)
                .communicator("ssh", new dev.kiln.runtime.communicator.ssh.SshCommunicatorFactory())
                .build();
    }

    /** A registration to fill, for tests and for {@link #BUILT_IN}. */
    public static Registration registration() {
        return new Registration();
    }

    /** The builder of {@code type}. */
    public Optional<Builder> builder(String type) {
        return Optional.ofNullable(builders.get(type)).map(f -> f.apply(this));
    }

    /** The factory of the provisioner {@code type}. */
    public Optional<ProvisionerFactory> provisioner(String type) {
        return Optional.ofNullable(provisioners.get(type));
    }

    /** The factory of the post-processor {@code type}. */
    public Optional<PostProcessorFactory> postProcessor(String type) {
        return Optional.ofNullable(postProcessors.get(type));
    }

    /** The communicator {@code type} ({@code ssh}); empty when kiln has none of that type. */
    public Optional<CommunicatorFactory> communicator(String type) {
        return Optional.ofNullable(communicators.get(type));
    }

    /** Collects plugins by type name. */
    public static final class Registration {
        private final Map<String, Function<PluginRegistry, Builder>> builders = new HashMap<>();
        private final Map<String, ProvisionerFactory> provisioners = new HashMap<>();
        private final Map<String, PostProcessorFactory> postProcessors = new HashMap<>();
        private final Map<String, CommunicatorFactory> communicators = new HashMap<>();

        private Registration() {}

        /** Registers a builder made with access to the finished registry. */
        public Registration builder(String type, Function<PluginRegistry, Builder> builder) {
            builders.put(type, builder);
            return this;
        }

        /** Registers a provisioner. */
        public Registration provisioner(String type, ProvisionerFactory factory) {
            provisioners.put(type, factory);
            return this;
        }

        /** Registers a post-processor. */
        public Registration postProcessor(String type, PostProcessorFactory factory) {
            postProcessors.put(type, factory);
            return this;
        }

        /** Registers a communicator. */
        public Registration communicator(String type, CommunicatorFactory factory) {
            communicators.put(type, factory);
            return this;
        }

        /** The registry of everything registered. */
        public PluginRegistry build() {
            return new PluginRegistry(this);
        }
    }
}
