package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.ast.BodyItem;
import dev.kiln.compiler.ast.ConfigFile;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of the files a stage read, by name, so diagnostics can show their source lines
 * and enclosing blocks. Stages collect into a {@link ParsedFiles} and return its {@link
 * ParsedFiles#snapshot() snapshot}, so nothing returned is changed afterwards.
 */
public final class SourceSet implements SourceLookup {

    /** No files. */
    public static final SourceSet EMPTY = new SourceSet(Map.of(), Map.of());

    private final Map<String, ConfigFile> parsed;
    private final Map<String, SourceFile> sources;

    SourceSet(Map<String, ConfigFile> parsed, Map<String, SourceFile> sources) {
        this.parsed = Map.copyOf(parsed);
        this.sources = Map.copyOf(sources);
    }

    /** Every file of {@code sets}; where two hold a file of the same name, the earlier one's wins. */
    public static SourceSet union(List<SourceSet> sets) {
        Map<String, ConfigFile> parsed = new LinkedHashMap<>();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        for (SourceSet set : sets) {
            set.sources.forEach((name, file) -> {
                if (sources.putIfAbsent(name, file) == null && set.parsed.containsKey(name)) {
                    parsed.put(name, set.parsed.get(name));
                }
            });
        }
        return new SourceSet(parsed, sources);
    }

    /** Files whose text is known but that have no syntax tree (templates, parameter files). */
    public static SourceSet of(List<SourceFile> files) {
        ParsedFiles collected = new ParsedFiles();
        files.forEach(collected::add);
        return collected.snapshot();
    }

    @Override
    public SourceFile file(String name) {
        return sources.get(name);
    }

    @Override
    public String enclosingBlock(SourceRange range) {
        ConfigFile file = parsed.get(range.file());
        if (file == null) return null;
        // Like hclsyntax, only top-level blocks name the context.
        for (BodyItem item : file.body().items()) {
            if (item instanceof Block block && block.range().contains(range.start())) return block.header();
        }
        return null;
    }
}
