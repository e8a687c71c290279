package dev.kiln.cli.lsp;

import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.ast.Body;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.runtime.PluginCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which blocks enclose an offset of a parsed file, and the plugin schema of the innermost one. */
final class BlockSchemas {

    private final PluginCatalog plugins;

    BlockSchemas(PluginCatalog plugins) {
        this.plugins = plugins;
    }

    /** The blocks whose body contains {@code offset}, outermost first. */
    static List<Block> enclosing(Body body, int offset) {
        List<Block> path = new ArrayList<>();
        Body current = body;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Block block : current.blocks()) {
                if (block.openBraceRange() != null
                        && block.openBraceRange().endOffset() <= offset
                        && (block.closeBraceRange() == null
                                || offset <= block.closeBraceRange().startOffset())) {
                    path.add(block);
                    current = block.body();
                    descended = true;
                    break;
                }
            }
        }
        return path;
    }

    /** The schema of the innermost block of {@code path}, when it is a plugin's block or nested in one. */
    Optional<BlockSchema> schema(List<Block> path) {
        Optional<BlockSchema> schema = Optional.empty();
        for (Block block : path) {
            if (schema.isPresent()) {
                schema = schema.get().blockType(block.type()).map(BlockTypeSchema::body);
                if (schema.isEmpty()) return schema;
                continue;
            }
            Optional<PluginKind> kind = kind(block.type());
            if (kind.isPresent() && !block.labels().isEmpty())
                schema = plugins.schema(kind.get(), block.labels().get(0));
        }
        return schema;
    }

    /** The plugin kind a block type names ({@code source}, {@code provisioner}, {@code post-processor}, {@code data}). */
    static Optional<PluginKind> kind(String blockType) {
        for (PluginKind kind : PluginKind.values()) {
            if (kind.blockType().equals(blockType)
                    || ("error-cleanup-provisioner".equals(blockType) && kind == PluginKind.PROVISIONER)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
