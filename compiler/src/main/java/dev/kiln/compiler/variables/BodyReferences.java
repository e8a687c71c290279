package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.decode.DecodedBlock;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.DynamicBlock;
import dev.kiln.compiler.eval.Traversal;
import dev.kiln.compiler.eval.Variables;
import java.util.ArrayList;
import java.util.List;

/** Every variable reference in a decoded body: its arguments, nested blocks and dynamic blocks. */
final class BodyReferences {

    private BodyReferences() {}

    static List<Traversal> of(DecodedBody body) {
        List<Traversal> references = new ArrayList<>();
        collect(body, references);
        return references;
    }

    private static void collect(DecodedBody body, List<Traversal> references) {
        if (body == null) return;
        for (Attribute attribute : body.attributes().values()) references.addAll(Variables.of(attribute.expression()));
        for (DecodedBlock block : body.blocks()) collect(block.body(), references);
        for (DynamicBlock dynamic : body.dynamicBlocks()) {
            // The iterator name is a plain identifier, not a reference.
            for (Attribute attribute : new Attribute[] {dynamic.forEach(), dynamic.labels()}) {
                if (attribute != null) references.addAll(Variables.of(attribute.expression()));
            }
            if (dynamic.content() != null) collect(dynamic.content().body(), references);
        }
    }
}
