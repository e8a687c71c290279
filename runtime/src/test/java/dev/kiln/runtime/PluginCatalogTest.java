package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.ValueFormat;
import dev.kiln.runtime.spi.PluginDescriptor;
import dev.kiln.runtime.spi.PluginFactory;
import dev.kiln.runtime.spi.ProvisionerFactory;
import dev.kiln.stdlib.testing.GoldenFile;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one plugin catalog: every schema pinned by a golden file, and each one runnable or declared validate-only. */
class PluginCatalogTest {

    @Test
    void schemasMatchGoldenFile() throws IOException {
        StringBuilder out = new StringBuilder();
        for (PluginDescriptor plugin : PluginCatalog.BUILT_IN.descriptors()) {
            out.append(plugin.kind().blockType())
                    .append(' ')
                    .append(plugin.type())
                    .append(plugin.runs() ? "" : " (validate-only)")
                    .append('\n');
            dump(plugin.schema(), "    ", out);
        }
        GoldenFile.check(GoldenFile.area("plugins").resolve("plugin-schemas.txt"), out.toString());
    }

    @Test
    void everySchemaHasAFactoryOrIsValidateOnly() {
        PluginCatalog catalog = PluginCatalog.BUILT_IN;
        for (PluginKind kind : PluginKind.values()) {
            for (String type : catalog.types(kind)) {
                PluginDescriptor plugin = catalog.descriptor(kind, type).orElseThrow();
                Optional<?> factory = switch (kind) {
                    case BUILDER -> catalog.builder(type);
                    case PROVISIONER -> catalog.provisioner(type);
                    case POST_PROCESSOR -> catalog.postProcessor(type);
                    case DATA_SOURCE -> catalog.dataSource(type);
                };
                assertEquals(plugin.runs(), factory.isPresent(), kind + " " + type);
                assertEquals(!plugin.runs(), plugin.factory() instanceof PluginFactory.ValidateOnly, kind + " " + type);
            }
        }
    }

    @Test
    void buildersFindTheirCommunicatorInTheCatalog() {
        assertTrue(PluginCatalog.BUILT_IN.communicator("ssh").isPresent());
        assertTrue(PluginCatalog.BUILT_IN.communicator("winrm").isEmpty());
    }

    @Test
    void aFactoryOfTheWrongKindIsRefused() {
        ProvisionerFactory provisioner = config -> context -> {};
        assertThrows(
                IllegalArgumentException.class,
                () -> new PluginDescriptor(PluginKind.BUILDER, "x", BlockSchema.EMPTY, provisioner));
    }

    @Test
    void aTypeListedTwiceIsRefused() {
        PluginDescriptor shell = PluginDescriptor.validateOnly(PluginKind.PROVISIONER, "shell", BlockSchema.EMPTY);
        assertThrows(IllegalArgumentException.class, () -> PluginCatalog.of(List.of(shell, shell), List.of()));
    }

    private static void dump(BlockSchema schema, String indent, StringBuilder out) {
        if (!schema.description().isEmpty())
            out.append(indent).append("# ").append(schema.description()).append('\n');
        for (AttributeSchema a : schema.attributes()) {
            out.append(indent).append(a.name()).append(' ').append(a.type());
            if (a.required()) out.append(" required");
            if (a.sensitive()) out.append(" sensitive");
            if (a.format() instanceof ValueFormat.Duration) out.append(" duration");
            if (a.format() instanceof ValueFormat.OneOf oneOf)
                out.append(" one of ").append(oneOf.values());
            if (a.defaultValue() != null)
                out.append(" = ").append(a.defaultValue().describe());
            out.append("  # ").append(a.description()).append('\n');
        }
        for (BlockTypeSchema b : schema.blockTypes()) {
            out.append(indent).append(b.type());
            b.labelNames().forEach(label -> out.append(" \"").append(label).append('"'));
            out.append(" block ").append(b.nesting().name().toLowerCase(java.util.Locale.ROOT));
            if (b.required()) out.append(" required");
            if (b.isOpaque()) {
                out.append(" opaque\n");
            } else {
                out.append(" {\n");
                dump(b.body(), indent + "    ", out);
                out.append(indent).append("}\n");
            }
        }
        if (!schema.rules().isEmpty())
            out.append(indent).append(schema.rules().size()).append(" rules\n");
    }
}
