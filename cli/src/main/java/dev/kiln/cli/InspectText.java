package dev.kiln.cli;

import dev.kiln.compiler.plan.BuildOutline;
import dev.kiln.compiler.variables.LocalResult;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.VariableValue;
import java.util.Comparator;
import java.util.List;

/** {@code packer inspect}'s text, byte for byte: variables and locals sorted by name, then each build block. */
final class InspectText {

    private InspectText() {}

    static String of(ScopeResult scope, List<BuildOutline> builds) {
        StringBuilder out = new StringBuilder("Packer Inspect: HCL2 mode\n\n");
        out.append("> input-variables:\n\n");
        scope.variables().stream()
                .sorted(Comparator.comparing(VariableValue::name))
                .forEach(v -> out.append("var.")
                        .append(v.name())
                        .append(": ")
                        .append(PrintableValue.quoted(v.value()))
                        .append('\n'));
        out.append("\n> local-variables:\n\n");
        scope.locals().stream()
                .sorted(Comparator.comparing(LocalResult::name))
                .forEach(l -> out.append("local.")
                        .append(l.name())
                        .append(": ")
                        .append(PrintableValue.quoted(l.value()))
                        .append('\n'));
        out.append('\n'); // Packer prints each part with ui.Say, which adds a newline
        out.append("> builds:\n");
        for (int i = 0; i < builds.size(); i++) {
            BuildOutline build = builds.get(i);
            String name = build.name() == null || build.name().isEmpty() ? "<unnamed build " + i + ">" : build.name();
            out.append("\n  > ").append(name).append(":\n");
            if (build.description() != null && !build.description().isEmpty()) {
                out.append("\n  > Description: ").append(build.description()).append('\n');
            }
            out.append("\n    sources:\n");
            if (build.sources().isEmpty()) out.append("\n      <no source>\n");
            for (String source : build.sources())
                out.append("\n      ").append(source).append('\n');
            out.append("\n    provisioners:\n\n");
            if (build.provisioners().isEmpty()) out.append("      <no provisioner>\n");
            for (String p : build.provisioners()) out.append("      ").append(p).append('\n');
            out.append("\n    post-processors:\n");
            if (build.postProcessorChains().isEmpty()) out.append("\n      <no post-processor>\n");
            for (int c = 0; c < build.postProcessorChains().size(); c++) {
                out.append("\n      ").append(c).append(":\n");
                for (String pp : build.postProcessorChains().get(c))
                    out.append("        ").append(pp).append('\n');
            }
        }
        return out.append('\n').toString();
    }
}
