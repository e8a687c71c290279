package dev.kiln.compiler.render;

import dev.kiln.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The template files one render read (the {@code .j2} files and what they include), numbered as
 * line markers name them, with how many marker characters each had put in front of its first line.
 */
final class TemplateOrigins {

    private final List<SourceFile> files = new ArrayList<>();
    private final List<Integer> prefixes = new ArrayList<>();

    /** Registers a file and returns its number; an {@code included} file's text starts with a marker. */
    synchronized int add(SourceFile file, boolean included) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).name().equals(file.name())) return i;
        }
        int number = files.size();
        files.add(file);
        prefixes.add(included ? LineMarkers.marker(LineMarkers.HERE, number, 1).length() : 0);
        return number;
    }

    synchronized SourceFile file(int number) {
        return number >= 0 && number < files.size() ? files.get(number) : null;
    }

    synchronized SourceFile named(String name) {
        for (SourceFile file : files) {
            if (file.name().equals(name)) return file;
        }
        return null;
    }

    /** Marker characters in front of line 1 of the file called {@code name} (0 for unknown files). */
    synchronized int prefixOf(String name) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).name().equals(name)) return prefixes.get(i);
        }
        return 0;
    }

    synchronized List<SourceFile> all() {
        return List.copyOf(files);
    }
}
