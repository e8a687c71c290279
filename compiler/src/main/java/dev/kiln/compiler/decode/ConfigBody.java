package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * The body of a block (or a file) before it is decoded, as HCL's {@code hcl.Body}: native syntax
 * and JSON syntax implement it, so one decoder serves both. In JSON whether a property is an
 * argument or a block depends on the schema, which is why a body is only ever read <em>with</em> a
 * schema. Only block headers of the schema are used here; nested bodies stay {@link ConfigBody}s.
 */
public sealed interface ConfigBody permits NativeBody, JsonBody, MergedBody {

    /**
     * The arguments and blocks {@code schema} describes. Anything else is an error ("Unsupported
     * argument", "Unsupported block type"), as are missing required arguments and wrong labels.
     */
    BodyContent content(BlockSchema schema, Diagnostics diagnostics);

    /**
     * Like {@link #content} but leaves what {@code schema} does not describe in the returned
     * remaining body, for another schema to decode (provisioner meta-arguments, then the plugin's).
     */
    PartialContent partialContent(BlockSchema schema, Diagnostics diagnostics);

    /** Every argument, for bodies that are free-form maps ({@code locals}, {@code variables}); blocks are errors. */
    List<Attribute> justAttributes(Diagnostics diagnostics);

    /** The whole body. */
    SourceRange range();

    /** Where something missing from the body is reported: its opening brace. */
    SourceRange missingItemRange();
}
