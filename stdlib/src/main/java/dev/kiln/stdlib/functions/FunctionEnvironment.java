package dev.kiln.stdlib.functions;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;

/**
 * What the impure functions read from the outside world: the clock for {@code timestamp()}, the
 * random source for {@code uuidv4()} and {@code bcrypt()} salts, the run's start time that {@code
 * legacy_isotime} and {@code legacy_strftime} format, the directory relative paths are resolved
 * against, the home directory for {@code ~}, and where secrets come from. Tests pass fixed ones.
 *
 * <p>Build one with {@code system().withX(...)}; to add a part, add a component, give it its
 * real value in {@link #system()} and a {@code withX} method.
 *
 * @param clock read on every {@code timestamp()} call
 * @param random source of random bytes
 * @param startTime the time the run started (Packer's {@code InitTime})
 * @param baseDirectory the template directory ({@code path.root}); {@code file}, {@code fileset},
 *     {@code abspath} ... resolve relative paths against it, never against the process working
 *     directory
 * @param homeDirectory what a leading {@code ~} expands to
 * @param secrets where {@code aws_secretsmanager}, {@code vault} and {@code consul_key} read from
 * @param workingDirectory the process working directory: only {@code abspath} resolves against it,
 *     as Go's {@code filepath.Abs} does in Packer
 */
public record FunctionEnvironment(
        Clock clock,
        Random random,
        Instant startTime,
        Path baseDirectory,
        Path homeDirectory,
        SecretSource secrets,
        Path workingDirectory) {

    /** Checks every part is present and makes the directories absolute. */
    public FunctionEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(startTime, "startTime");
        baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory")
                .toAbsolutePath()
                .normalize();
        homeDirectory = Objects.requireNonNull(homeDirectory, "homeDirectory")
                .toAbsolutePath()
                .normalize();
        Objects.requireNonNull(secrets, "secrets");
        workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory")
                .toAbsolutePath()
                .normalize();
    }

    /** A fixed clock, randomness and start time, with the other parts as {@link #system()} has them. */
    public FunctionEnvironment(Clock clock, Random random, Instant startTime) {
        this(clock, random, startTime, Path.of(""), userHome(), SecretSource.NOT_AVAILABLE, Path.of(""));
    }

    /**
     * The real environment: the system clock, a secure random source, started now, paths relative
     * to the working directory, the user's home directory, and no access to secrets (secret
     * functions then return unknown strings, as {@code validate} needs).
     */
    public static FunctionEnvironment system() {
        Clock clock = Clock.systemUTC();
        return new FunctionEnvironment(clock, new SecureRandom(), clock.instant());
    }

    /** This environment reading time from {@code clock}. */
    public FunctionEnvironment withClock(Clock clock) {
        return new FunctionEnvironment(
                clock, random, startTime, baseDirectory, homeDirectory, secrets, workingDirectory);
    }

    /** This environment drawing random bytes from {@code random}. */
    public FunctionEnvironment withRandom(Random random) {
        return new FunctionEnvironment(
                clock, random, startTime, baseDirectory, homeDirectory, secrets, workingDirectory);
    }

    /** This environment with the run started at {@code startTime}. */
    public FunctionEnvironment withStartTime(Instant startTime) {
        return new FunctionEnvironment(
                clock, random, startTime, baseDirectory, homeDirectory, secrets, workingDirectory);
    }

    /** This environment with relative paths resolved against {@code directory}. */
    public FunctionEnvironment withBaseDirectory(Path directory) {
        return new FunctionEnvironment(clock, random, startTime, directory, homeDirectory, secrets, workingDirectory);
    }

    /** This environment with {@code abspath} resolving against {@code directory}. */
    public FunctionEnvironment withWorkingDirectory(Path directory) {
        return new FunctionEnvironment(clock, random, startTime, baseDirectory, homeDirectory, secrets, directory);
    }

    /** This environment with {@code ~} expanding to {@code directory}. */
    public FunctionEnvironment withHomeDirectory(Path directory) {
        return new FunctionEnvironment(clock, random, startTime, baseDirectory, directory, secrets, workingDirectory);
    }

    /** This environment reading secrets from {@code source}. */
    public FunctionEnvironment withSecrets(SecretSource source) {
        return new FunctionEnvironment(
                clock, random, startTime, baseDirectory, homeDirectory, source, workingDirectory);
    }

    /** {@code HOME}, as Go's homedir package reads it, else Java's {@code user.home}. */
    private static Path userHome() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home", "/");
        }
        return Path.of(home);
    }
}
