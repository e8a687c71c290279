package dev.kiln.stdlib.functions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;

/**
 * What the impure functions read from the outside world: the clock for {@code timestamp()}, the
 * random source for {@code uuidv4()} and {@code bcrypt()} salts, and the run's start time that
 * {@code legacy_isotime} and {@code legacy_strftime} format. Tests pass fixed ones.
 *
 * @param clock read on every {@code timestamp()} call
 * @param random source of random bytes
 * @param startTime the time the run started (Packer's {@code InitTime})
 */
public record FunctionEnvironment(Clock clock, Random random, Instant startTime) {

  /** Checks every part is present. */
  public FunctionEnvironment {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(startTime, "startTime");
  }

  /** The real environment: the system clock, a secure random source, started now. */
  public static FunctionEnvironment system() {
    Clock clock = Clock.systemUTC();
    return new FunctionEnvironment(clock, new SecureRandom(), clock.instant());
  }
}
