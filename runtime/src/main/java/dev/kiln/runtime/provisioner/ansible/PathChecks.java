package dev.kiln.runtime.provisioner.ansible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The ansible plugin's checks that a configured local file or directory exists, with its messages. */
public final class PathChecks {

    private PathChecks() {}

    /** Adds Packer's error when {@code path} (option {@code option}) is not an existing regular file. */
    public static void file(String path, String option, List<String> errors) {
        if (path.isEmpty()) {
            errors.add(option + " must be specified.");
            return;
        }
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            errors.add(option + ": " + path + " is invalid: stat " + path + ": no such file or directory");
        } else if (Files.isDirectory(p)) {
            errors.add(option + ": " + path + " must point to a file");
        }
    }

    /** Adds Packer's error when {@code path} (option {@code option}) is not an existing directory. */
    public static void directory(String path, String option, List<String> errors) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            errors.add(option + ": " + path + " is invalid: stat " + path + ": no such file or directory");
        } else if (!Files.isDirectory(p)) {
            errors.add(option + ": " + path + " must point to a directory");
        }
    }
}
