package dev.kiln.compiler.eval;

import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.render.HclFormat;
import dev.kiln.stdlib.render.RenderOptions;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A static reference as HCL's {@code hcl.Traversal}: a root name and the attribute and
 * literal-index steps written after it ({@code data.amazon-ami.ubuntu.id}, {@code var.list[0]}).
 *
 * @param root the root name ({@code var}, {@code local}, {@code data}, ...)
 * @param steps the steps after the root, as far as they are static
 * @param range where the traversal is written
 */
public record Traversal(String root, List<Step> steps, SourceRange range) {

    public Traversal {
        steps = List.copyOf(steps);
    }

    /** One step after the root. */
    public sealed interface Step permits Attribute, Index {}

    /** {@code .name}. */
    public record Attribute(String name) implements Step {
        @Override
        public String toString() {
            return "." + name;
        }
    }

    /** {@code [key]} with a literal key (a number or a string). */
    public record Index(Value key) implements Step {
        @Override
        public String toString() {
            return "[" + HclFormat.format(key, RenderOptions.REVEAL) + "]";
        }
    }

    /** The attribute names of the first {@code count} steps, or fewer if an index comes first. */
    public List<String> attributeNames(int count) {
        return steps.stream()
                .limit(count)
                .takeWhile(s -> s instanceof Attribute)
                .map(s -> ((Attribute) s).name())
                .collect(Collectors.toList());
    }

    /** {@code var.x[0]}. */
    @Override
    public String toString() {
        return root + steps.stream().map(Step::toString).collect(Collectors.joining());
    }
}
