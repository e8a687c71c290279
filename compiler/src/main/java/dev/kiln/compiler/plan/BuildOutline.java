package dev.kiln.compiler.plan;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.config.BuildBlock;
import dev.kiln.compiler.config.PostProcessorBlock;
import dev.kiln.compiler.config.ProvisionerBlock;
import dev.kiln.compiler.config.SourceRef;
import dev.kiln.compiler.config.SourceUse;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A build block as {@code inspect} lists it: its name (null when unnamed) and description, the
 * sources it uses ({@code TYPE.NAME}), its provisioners and post-processor chains as
 * {@code TYPE[.NAME]}. Problems evaluating names are ignored, as inspect ignores them.
 */
public record BuildOutline(
        String name,
        String description,
        List<String> sources,
        List<String> provisioners,
        List<List<String>> postProcessorChains) {

    public BuildOutline {
        sources = List.copyOf(sources);
        provisioners = List.copyOf(provisioners);
        postProcessorChains = postProcessorChains.stream().map(List::copyOf).toList();
    }

    /** The outline of every build block of {@code template}, in order. */
    public static List<BuildOutline> of(Template template, EvalContext scope) {
        Diagnostics ignored = new Diagnostics();
        List<BuildOutline> outlines = new ArrayList<>();
        for (BuildBlock block : template.builds()) {
            List<String> sources = new ArrayList<>();
            for (SourceUse use : block.sourceUses()) {
                String local = use.localName() == null ? null : MetaValues.string(use.localName(), scope, ignored);
                sources.add(use.ref().type() + "." + (local == null ? use.ref().name() : local));
            }
            if (block.sourcesNeedEvaluation()) {
                for (Planner.SourceLabel source : Planner.evaluatedSources(block.sources(), scope, ignored)) {
                    SourceRef.parse(source.label()).ifPresent(ref -> sources.add(ref.type() + "." + ref.name()));
                }
            }
            List<String> provisioners = new ArrayList<>();
            for (ProvisionerBlock p : block.provisioners())
                provisioners.add(label(p.plugin().type(), p.meta(), scope, ignored));
            List<List<String>> chains = new ArrayList<>();
            for (List<PostProcessorBlock> chain : block.postProcessorChains()) {
                chains.add(chain.stream()
                        .map(pp -> label(pp.plugin().type(), pp.meta(), scope, ignored))
                        .toList());
            }
            outlines.add(new BuildOutline(
                    string(block.name(), scope, ignored),
                    string(block.description(), scope, ignored),
                    sources,
                    provisioners,
                    chains));
        }
        return outlines;
    }

    private static String label(String type, DecodedBody meta, EvalContext scope, Diagnostics ignored) {
        String name = string(meta.attribute("name").orElse(null), scope, ignored);
        return name == null || name.isEmpty() ? type : type + "." + name;
    }

    private static String string(Attribute attribute, EvalContext scope, Diagnostics ignored) {
        return attribute == null ? null : MetaValues.string(attribute.expression(), scope, ignored);
    }
}
