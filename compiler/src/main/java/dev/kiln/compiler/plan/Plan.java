package dev.kiln.compiler.plan;

import java.util.List;

/** What a template asks to build, validated: the only input of the runtime. Builds are in template order. */
public record Plan(List<PlannedBuild> builds) {

    public Plan {
        builds = List.copyOf(builds);
    }

    /** The build names, in order. */
    public List<String> buildNames() {
        return builds.stream().map(PlannedBuild::name).toList();
    }
}
