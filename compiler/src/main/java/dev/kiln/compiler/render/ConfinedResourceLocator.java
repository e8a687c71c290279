package dev.kiln.compiler.render;

import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.loader.ResourceLocator;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import dev.kiln.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Serves {@code include}, {@code import} and {@code extends}: names are paths relative to the
 * configuration directory, and nothing outside it is read, whether reached by {@code ..}, an
 * absolute path or a symbolic link.
 */
final class ConfinedResourceLocator implements ResourceLocator {

    /** Why a template name was refused; its message is shown to the user as it is. */
    static final class OutsideRoot extends ResourceNotFoundException {
        OutsideRoot(String message) {
            super(message);
        }
    }

    private final Path root;
    private final Path displayRoot;
    private final TemplateOrigins origins;
    private final JinjavaConfig config;

    /**
     * A locator for files under {@code root}, named in diagnostics as under {@code displayRoot}
     * (the directory as the user wrote it).
     */
    ConfinedResourceLocator(Path root, Path displayRoot, TemplateOrigins origins, JinjavaConfig config) {
        this.root = root.toAbsolutePath().normalize();
        this.displayRoot = displayRoot;
        this.origins = origins;
        this.config = config;
    }

    @Override
    public String getString(String fullName, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
        Path relative;
        try {
            relative = Path.of(fullName);
        } catch (InvalidPathException e) {
            throw new ResourceNotFoundException("\"" + fullName + "\" is not a valid file name.");
        }
        if (relative.isAbsolute()) throw refuse(fullName);
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) throw refuse(fullName);
        if (!Files.isRegularFile(candidate)) {
            throw new ResourceNotFoundException("There is no template \"" + fullName + "\" in " + displayRoot + ".");
        }
        // Checked again on real paths, so a symbolic link cannot lead outside the directory.
        if (!candidate.toRealPath().startsWith(root.toRealPath())) throw refuse(fullName);
        Path display = displayRoot.resolve(root.relativize(candidate));
        SourceFile file = SourceFile.read(candidate, display.toString());
        if (TemplateNesting.tooDeepAt(file.text()) >= 0) {
            throw new Refused("\"" + fullName + "\" nests more than " + TemplateNesting.MAX_DEPTH
                    + " parentheses and brackets; kiln does not render it.");
        }
        return MarkedSource.mark(file.text(), origins.add(file, true), true, config);
    }

    /** A template inside the root that kiln will not render; its message is shown as it is. */
    static final class Refused extends ResourceNotFoundException {
        Refused(String message) {
            super(message);
        }
    }

    private OutsideRoot refuse(String name) {
        return new OutsideRoot("\"" + name + "\" is outside the configuration directory " + displayRoot
                + ". Templates can only include, import or extend files inside it.");
    }
}
