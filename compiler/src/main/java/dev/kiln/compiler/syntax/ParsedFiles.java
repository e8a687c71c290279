package dev.kiln.compiler.syntax;

import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.ast.BodyItem;
import dev.kiln.compiler.ast.ConfigFile;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files of one run, by name, so diagnostics can show their source lines and enclosing blocks. */
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
