package dev.kiln.cli;

import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/** The files of several templates checked in one run, looked up in path order. */
record SourceLookups(List<SourceLookup> lookups) implements SourceLookup {

    SourceLookups {
        lookups = List.copyOf(lookups);
    }

    @Override
    public SourceFile file(String name) {
        for (SourceLookup lookup : lookups) {
            SourceFile file = lookup.file(name);
            if (file != null) return file;
        }
        return null;
    }

    @Override
    public String enclosingBlock(SourceRange range) {
        for (SourceLookup lookup : lookups) {
            if (lookup.file(range.file()) != null) return lookup.enclosingBlock(range);
        }
        return null;
    }
}
