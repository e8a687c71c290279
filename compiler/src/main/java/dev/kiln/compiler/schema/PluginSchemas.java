package dev.kiln.compiler.schema;

import java.util.Optional;
import java.util.SortedSet;

/**
 * The configuration schema of every plugin component kiln has. The runtime's plugin catalog
 * implements it, so the compiler can check plugin bodies without depending on the runtime.
 */
public interface PluginSchemas {

    /** The schema of component {@code type} of {@code kind} ({@code shell} provisioner ...). */
    Optional<BlockSchema> schema(PluginKind kind, String type);

    /** Every type name of {@code kind}, sorted. */
    SortedSet<String> types(PluginKind kind);

    /** The origin {@link #packerOrigin} gives for a component of Packer itself. */
    String PACKER_CORE = "packer";

    /**
     * Where {@code type} comes from when it is a Packer component kiln does not provide: a plugin
     * source address ({@code github.com/hashicorp/azure}) or {@link #PACKER_CORE}; empty when it is
     * no component Packer users have (then an unknown type is likely a typo).
     */
    default Optional<String> packerOrigin(PluginKind kind, String type) {
        return Optional.empty();
    }

    /** No plugins at all (for tests of the language alone). */
    static PluginSchemas none() {
        return new PluginSchemas() {
            @Override
            public Optional<BlockSchema> schema(PluginKind kind, String type) {
                return Optional.empty();
            }

            @Override
            public SortedSet<String> types(PluginKind kind) {
                return new java.util.TreeSet<>();
            }
        };
    }
}
