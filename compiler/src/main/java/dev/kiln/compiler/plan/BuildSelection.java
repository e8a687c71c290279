package dev.kiln.compiler.plan;

import dev.kiln.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code -only} and {@code -except} options: comma-separated globs matched against build names
 * ({@code [BUILD.]TYPE.NAME}); {@code -except} also drops post-processors by name or type.
 */
public record BuildSelection(List<BuildGlob> only, List<BuildGlob> except) {

    /** Selects every build. */
    public static final BuildSelection ALL = new BuildSelection(List.of(), List.of());

    public BuildSelection {
        only = List.copyOf(only);
        except = List.copyOf(except);
    }

    /** Reads the option values (each may hold several comma-separated patterns); bad patterns are errors. */
    public static BuildSelection of(List<String> only, List<String> except, Diagnostics diagnostics) {
        return new BuildSelection(compile(only, "only", diagnostics), compile(except, "except", diagnostics));
    }

    private static List<BuildGlob> compile(List<String> values, String option, Diagnostics diagnostics) {
        List<BuildGlob> globs = new ArrayList<>();
        for (String value : values) {
            for (String pattern : value.split(",")) {
                if (pattern.isEmpty()) continue;
                try {
                    globs.add(BuildGlob.compile(pattern));
                } catch (IllegalArgumentException e) {
                    diagnostics.add(PlanDiagnostics.INVALID_PATTERN
                            .with(option, pattern, e.getMessage())
                            .error("", null));
                }
            }
        }
        return globs;
    }

    /** Whether the build called {@code buildName} is built. */
    public boolean selects(String buildName) {
        if (!only.isEmpty() && only.stream().noneMatch(g -> g.matches(buildName))) return false;
        return except.stream().noneMatch(g -> g.matches(buildName));
    }

    /** Whether {@code -except} drops the post-processor called (or, unnamed, typed) {@code name}, and the rest of its chain. */
    public boolean dropsPostProcessor(String name) {
        return except.stream().anyMatch(g -> g.matches(name));
    }
}
