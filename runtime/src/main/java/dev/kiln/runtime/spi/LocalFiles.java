package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.ConfigRule;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The local files plugins read (scripts, upload sources, key files), checked in {@code Prepare}
 * as Packer's plugins check them: with Go's {@code os.Stat}, relative to the working directory, so
 * {@code kiln validate} reports a missing file at its attribute instead of the build failing later.
 */
public final class LocalFiles {

    private LocalFiles() {}

    /** Go's {@code os.Stat} error for {@code path} ("stat x: no such file or directory"), empty when it exists. */
    public static Optional<String> statError(String path) {
        String reason;
        try {
            // Follows symbolic links, as Go's Stat does.
            Files.readAttributes(Path.of(path), java.nio.file.attribute.BasicFileAttributes.class);
            return Optional.empty();
        } catch (NoSuchFileException | InvalidPathException e) {
            reason = "no such file or directory";
        } catch (AccessDeniedException e) {
            reason = "permission denied";
        } catch (FileSystemException e) {
            reason = e.getReason() == null
                    ? "no such file or directory"
                    : e.getReason().toLowerCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            reason = String.valueOf(e.getMessage());
        }
        return Optional.of("stat " + path + ": " + reason);
    }

    /**
     * A rule checking that each path in {@code attributes} (strings or lists of strings) exists,
     * when {@code applies}; {@code message} turns a path and its stat error into Packer's error.
     * Unknown values (known only at build time) pass.
     */
    public static ConfigRule mustExist(
            Predicate<ConfigView> applies, BiFunction<String, String, String> message, String... attributes) {
        return mustExist(applies, UnaryOperator.identity(), message, attributes);
    }

    /** {@link #mustExist(Predicate, BiFunction, String...)} for paths that go through {@code resolve} first (a leading {@code ~}). */
    public static ConfigRule mustExist(
            Predicate<ConfigView> applies,
            UnaryOperator<String> resolve,
            BiFunction<String, String, String> message,
            String... attributes) {
        return config -> {
            if (!applies.test(config)) return List.of();
            List<RuleViolation> violations = new ArrayList<>();
            for (String attribute : attributes) {
                for (String path : paths(config, attribute)) {
                    statError(resolve.apply(path))
                            .ifPresent(error ->
                                    violations.add(RuleViolation.error(attribute, message.apply(path, error))));
                }
            }
            return violations;
        };
    }

    /** {@code path} with a leading {@code ~/} replaced by the home directory ({@code HOME}), as Packer's pathing.ExpandUser. */
    public static String expandHome(String path) {
        if (!path.equals("~") && !path.startsWith("~/")) return path;
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        return home + path.substring(1);
    }

    private static List<String> paths(ConfigView config, String attribute) {
        if (!config.isSet(attribute)) return List.of();
        Value value = config.value(attribute).unmarkDeep();
        if (value instanceof StringValue s) return s.value().isEmpty() ? List.of() : List.of(s.value());
        List<String> paths = new ArrayList<>();
        for (Value element : config.elements(attribute)) {
            if (element.isKnown() && element.unmarkDeep() instanceof StringValue s) paths.add(s.value());
        }
        return paths;
    }
}
