package dev.kiln.compiler.datasource;

import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.source.SourceRange;

/**
 * One {@code data "TYPE" "NAME"} block to run: its body evaluated and converted to the plugin's
 * schema (every value known), and the block's definition range, where problems point.
 */
public record DataSourceRequest(String type, String name, CheckedBody config, SourceRange definitionRange) {

    /** {@code data.TYPE.NAME}, as templates refer to it. */
    public String address() {
        return "data." + type + "." + name;
    }
}
