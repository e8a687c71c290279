package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.ConfigFile;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files a stage reads, collected as it goes, so diagnostics can show their source lines and
 * enclosing blocks. A stage returns its {@link #snapshot()}, never this collector.
 */
public final class ParsedFiles implements SourceLookup {

    private final Map<String, ConfigFile> parsed = new LinkedHashMap<>();
    private final Map<String, SourceFile> sources = new LinkedHashMap<>();

    /** Records a parsed file. */
    public void add(ConfigFile file) {
        parsed.put(file.source().name(), file);
        sources.put(file.source().name(), file.source());
    }

    /** Records a file whose text is known but that has no syntax tree (a JSON file, a var file that failed). */
    public void add(SourceFile file) {
        sources.put(file.name(), file);
    }

    /** The files collected so far, as an immutable set. */
    public SourceSet snapshot() {
        return new SourceSet(parsed, sources);
    }

    @Override
    public SourceFile file(String name) {
        return sources.get(name);
    }

    @Override
    public String enclosingBlock(SourceRange range) {
        return snapshot().enclosingBlock(range);
    }
}
