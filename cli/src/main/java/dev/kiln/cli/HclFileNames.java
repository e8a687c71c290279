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
