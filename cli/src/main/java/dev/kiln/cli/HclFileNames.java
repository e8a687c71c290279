package dev.kiln.cli;

import java.nio.file.Path;

/** The file name rules Packer applies to HCL templates and variable files. */
final class HclFileNames {

    private HclFileNames() {}

    /** A template file: {@code *.pkr.hcl}. */
    static boolean isTemplate(Path path) {
        return name(path).endsWith(".pkr.hcl");
    }

    /** A variable file in native syntax: {@code *.pkrvars.hcl}. */
    static boolean isVarFile(Path path) {
        return name(path).endsWith(".pkrvars.hcl");
    }

    /** A variable file Packer loads on its own from the template directory: {@code *.auto.pkrvars.hcl}. */
    static boolean isAutoVarFile(Path path) {
        return name(path).endsWith(".auto.pkrvars.hcl");
    }

    /** A file rendered with Jinja before it is read: {@code *.j2}. */
    static boolean isJinja(Path path) {
        return name(path).endsWith(".j2");
    }

    /** {@code path} as it is known once rendered: without {@code .j2}. */
    static Path rendered(Path path) {
        String name = name(path);
        return isJinja(path) ? path.resolveSibling(name.substring(0, name.length() - 3)) : path;
    }

    /** A configuration file kiln renders: a template or variable file (HCL or JSON) ending in {@code .j2}. */
    static boolean isRenderable(Path path) {
        if (!isJinja(path)) return false;
        String name = name(rendered(path));
        return name.endsWith(".pkr.hcl") || name.endsWith(".pkr.json") || name.endsWith(".pkrvars.hcl")
                || name.endsWith(".pkrvars.json");
    }

    /** What {@code fmt} formats: templates and variable files. */
    static boolean isFormattable(Path path) {
        return isTemplate(path) || isVarFile(path);
    }

    /** Editor backups and hidden files, which {@code fmt} skips when it walks a directory (as Packer does). */
    static boolean isIgnoredInWalk(Path path) {
        String name = name(path);
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#");
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? "" : file.toString();
    }
}
