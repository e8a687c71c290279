package dev.kiln.compiler.source;

import java.nio.file.Path;

/** The file name rules Packer (and kiln's render stage) apply to configuration files. */
public final class ConfigFileNames {

    /** Native syntax config files. */
    public static final String HCL = ".pkr.hcl";
    /** JSON syntax config files. */
    public static final String JSON = ".pkr.json";
    /** Native syntax variable files. */
    public static final String VARS_HCL = ".pkrvars.hcl";
    /** JSON syntax variable files. */
    public static final String VARS_JSON = ".pkrvars.json";
    /** Native syntax variable files read from the template directory without being named. */
    public static final String AUTO_VARS_HCL = ".auto.pkrvars.hcl";
    /** JSON syntax variable files read from the template directory without being named. */
    public static final String AUTO_VARS_JSON = ".auto.pkrvars.json";
    /** The suffix of a file rendered with Jinja before it is read. */
    public static final String JINJA = ".j2";

    private ConfigFileNames() {}

    /** A config file in native syntax: {@code *.pkr.hcl}. */
    public static boolean isHclConfig(Path path) {
        return name(path).endsWith(HCL);
    }

    /** A config file in JSON syntax: {@code *.pkr.json}. */
    public static boolean isJsonConfig(Path path) {
        return name(path).endsWith(JSON);
    }

    /** A config file: {@code *.pkr.hcl} or {@code *.pkr.json}. */
    public static boolean isConfig(Path path) {
        return isHclConfig(path) || isJsonConfig(path);
    }

    /** A variable file in native syntax: {@code *.pkrvars.hcl}. */
    public static boolean isVarFile(Path path) {
        return name(path).endsWith(VARS_HCL);
    }

    /** A variable file Packer loads on its own from the template directory: {@code *.auto.pkrvars.hcl} or {@code .json}. */
    public static boolean isAutoVarFile(Path path) {
        return name(path).endsWith(AUTO_VARS_HCL) || name(path).endsWith(AUTO_VARS_JSON);
    }

    /** A file in JSON syntax: a config file or a variable file. */
    public static boolean isJson(Path path) {
        return name(path).endsWith(JSON) || name(path).endsWith(VARS_JSON);
    }

    /** A file rendered with Jinja before it is read: {@code *.j2} (and more than just {@code .j2}). */
    public static boolean isJinja(Path path) {
        String name = name(path);
        return name.endsWith(JINJA) && name.length() > JINJA.length();
    }

    /** {@code path} as it is known once rendered: without {@code .j2}. */
    public static Path rendered(Path path) {
        return isJinja(path) ? path.resolveSibling(rendered(name(path))) : path;
    }

    /** The name a rendered file is known by: {@code name} without {@code .j2}. */
    public static String rendered(String name) {
        return name.endsWith(JINJA) ? name.substring(0, name.length() - JINJA.length()) : name;
    }

    /** A configuration file kiln renders: a config or variable file (HCL or JSON) ending in {@code .j2}. */
    public static boolean isRenderable(Path path) {
        if (!isJinja(path)) return false;
        String name = name(rendered(path));
        return name.endsWith(HCL) || name.endsWith(JSON) || name.endsWith(VARS_HCL) || name.endsWith(VARS_JSON);
    }

    /** What {@code fmt} formats: native config and variable files. */
    public static boolean isFormattable(Path path) {
        return isHclConfig(path) || isVarFile(path);
    }

    /** Editor backups and hidden files, which {@code fmt} skips when it walks a directory (as Packer does). */
    public static boolean isIgnoredInWalk(Path path) {
        String name = name(path);
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#");
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? "" : file.toString();
    }
}
