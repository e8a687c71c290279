package dev.kiln.cli;

import dev.kiln.compiler.source.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kiln validate -}: one template read from standard input (an editor's unsaved buffer), as
 * a document named {@code -stdin-filename}. The name is what diagnostics show, decides the syntax
 * ({@code .pkr.json} or HCL) and places the template in a directory for relative paths.
 */
record StandardInputTemplate(List<String> paths, Documents documents) {

    /** The default name: an HCL template in the working directory. */
    static final String DEFAULT_NAME = "stdin.pkr.hcl";

    /** {@code paths} with {@code -} standing for {@code name}, and the documents giving it stdin's text. */
    static StandardInputTemplate of(List<String> paths, String name, InputStream stdin) throws IOException {
        if (!paths.contains("-")) return new StandardInputTemplate(paths, Documents.DISK);
        String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        List<String> named = new ArrayList<>();
        for (String path : paths) named.add(path.equals("-") ? name : path);
        return new StandardInputTemplate(named, Documents.of(Map.of(Path.of(name), text)));
    }
}
