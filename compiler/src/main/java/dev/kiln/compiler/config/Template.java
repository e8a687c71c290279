package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.DynamicBlock;
import java.util.List;

/**
 * A whole configuration, every file of a template directory decoded into one model. Expressions are
 * not evaluated: this is the input of evaluation (variables, locals, data sources) and of the Plan.
 * Lists keep source order across files (files in loading order).
 */
public record Template(
        String rootDirectory,
        PackerRequirements packer,
        List<InputVariable> variables,
        List<LocalValue> locals,
        List<SourceBlock> sources,
        List<DataBlock> dataSources,
        List<BuildBlock> builds,
        HcpRegistry hcpRegistry,
        List<DynamicBlock> dynamicBlocks) {

    public Template {
        variables = List.copyOf(variables);
        locals = List.copyOf(locals);
        sources = List.copyOf(sources);
        dataSources = List.copyOf(dataSources);
        builds = List.copyOf(builds);
        dynamicBlocks = List.copyOf(dynamicBlocks);
    }

    /** An empty configuration (what loading gives when files cannot be read or parsed). */
    public static Template empty(String rootDirectory) {
        return new Template(
                rootDirectory,
                new PackerRequirements(List.of(), List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());
    }
}
