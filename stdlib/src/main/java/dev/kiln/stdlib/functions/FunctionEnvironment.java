package dev.kiln.stdlib.functions;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the built-in functions may see of the world outside the template: the directory that
 * relative paths are resolved against, the home directory for {@code ~}, and where secrets come
 * from. Tests and the compiler build one; {@link #defaults()} suits a template in the working
 * directory checked with no access to secret stores.
 *
 * <p>To add something (a clock, a random source), add a component, give it a default in {@link
 * #defaults()} and a {@code withX} method; callers only ever use {@code defaults().withX(...)},
 * so the canonical constructor can change freely.
 *
 * @param baseDirectory the template directory ({@code path.root}); relative paths in {@code
 *     file}, {@code fileset}, {@code abspath} ... are resolved against it, never against the
 *     process working directory
 * @param homeDirectory what a leading {@code ~} expands to
 * @param secrets where {@code aws_secretsmanager}, {@code vault} and {@code consul_key} read from
 */
public record FunctionEnvironment(Path baseDirectory, Path homeDirectory, SecretSource secrets) {

  /** Checks every part is present and makes the directories absolute. */
  public FunctionEnvironment {
    baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
    homeDirectory = Objects.requireNonNull(homeDirectory, "homeDirectory").toAbsolutePath().normalize();
    Objects.requireNonNull(secrets, "secrets");
  }

  /**
   * The working directory as base, the user's home directory ({@code HOME}, as Go's homedir
   * package reads it, else {@code user.home}), and no access to secrets: secret functions then
   * return unknown strings, as {@code validate} needs.
   */
  public static FunctionEnvironment defaults() {
    String home = System.getenv("HOME");
    if (home == null || home.isEmpty()) {
      home = System.getProperty("user.home", "/");
    }
    return new FunctionEnvironment(Path.of(""), Path.of(home), SecretSource.NOT_AVAILABLE);
  }

  /** This environment with relative paths resolved against {@code directory}. */
  public FunctionEnvironment withBaseDirectory(Path directory) {
    return new FunctionEnvironment(directory, homeDirectory, secrets);
  }

  /** This environment with {@code ~} expanding to {@code directory}. */
  public FunctionEnvironment withHomeDirectory(Path directory) {
    return new FunctionEnvironment(baseDirectory, directory, secrets);
  }

  /** This environment reading secrets from {@code source}. */
  public FunctionEnvironment withSecrets(SecretSource source) {
    return new FunctionEnvironment(baseDirectory, homeDirectory, source);
  }
}
