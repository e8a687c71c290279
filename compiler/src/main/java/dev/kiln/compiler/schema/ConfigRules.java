package dev.kiln.compiler.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The common shapes of {@link ConfigRule}s, so plugin schemas state rules rather than code them. */
public final class ConfigRules {

    private ConfigRules() {}

    /** {@code message} when {@code attribute} has no non-empty value. */
    public static ConfigRule required(String attribute, String message) {
        return config -> config.isNonZero(attribute) ? List.of() : List.of(RuleViolation.error(null, message));
    }

    /** {@code message} (about the block) when {@code condition} holds. */
    public static ConfigRule errorWhen(Predicate<ConfigView> condition, String message) {
        return config -> condition.test(config) ? List.of(RuleViolation.error(null, message)) : List.of();
    }

    /** {@code message} about {@code attribute} when {@code condition} holds. */
    public static ConfigRule errorWhen(String attribute, Predicate<ConfigView> condition, String message) {
        return config -> condition.test(config) ? List.of(RuleViolation.error(attribute, message)) : List.of();
    }

    /** {@code message} when none of {@code attributes} is set. */
    public static ConfigRule atLeastOne(String message, String... attributes) {
        return config -> Arrays.stream(attributes).anyMatch(config::isNonZero)
                ? List.of()
                : List.of(RuleViolation.error(null, message));
    }

    /** {@code message}, about the second one set, when more than one of {@code attributes} is set. */
    public static ConfigRule atMostOne(String message, String... attributes) {
        return config -> {
            List<String> set =
                    Arrays.stream(attributes).filter(config::isNonZero).toList();
            return set.size() > 1 ? List.of(RuleViolation.error(set.get(1), message)) : List.of();
        };
    }

    /** {@code message} when exactly one of {@code a} and {@code b} is set. */
    public static ConfigRule bothOrNeither(String a, String b, String message) {
        return config -> config.isNonZero(a) != config.isNonZero(b)
                ? List.of(RuleViolation.error(config.isNonZero(a) ? a : b, message))
                : List.of();
    }

    /**
     * {@code message} when the known string value of {@code attribute} is not empty and not one of
     * {@code allowed}; {@code %s} in the message is replaced by the value.
     */
    public static ConfigRule oneOf(String attribute, Set<String> allowed, String message) {
        return config -> config.nonEmptyString(attribute)
                .filter(v -> !allowed.contains(v))
                .map(v -> List.of(RuleViolation.error(attribute, message.replace("%s", v))))
                .orElse(List.of());
    }

    /** {@code message} when the known number value of {@code attribute} is set and outside {@code [min, max]}. */
    public static ConfigRule between(String attribute, long min, long max, String message) {
        return config -> config.number(attribute)
                .filter(n -> n.signum() != 0 && (n.longValue() < min || n.longValue() > max))
                .map(n -> List.of(RuleViolation.error(attribute, message)))
                .orElse(List.of());
    }

    /** Warns that {@code attribute} is deprecated when it is set. */
    public static ConfigRule deprecated(String attribute, String message) {
        return config -> config.isSet(attribute) ? List.of(RuleViolation.warning(attribute, message)) : List.of();
    }

    /** Applies {@code rule} to every nested block of type {@code blockType}. */
    public static ConfigRule forEachBlock(String blockType, ConfigRule rule) {
        return config -> {
            List<RuleViolation> all = new ArrayList<>();
            for (ConfigView block : config.blocks(blockType)) all.addAll(rule.check(block));
            return all;
        };
    }
}
