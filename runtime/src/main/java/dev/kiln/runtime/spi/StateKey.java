package dev.kiln.runtime.spi;

/** A typed key of the {@link BuildState}, so steps share values without casts scattered around. */
public record StateKey<T>(String name, Class<T> type) {

    /** A key named {@code name} holding values of {@code type}. */
    public static <T> StateKey<T> of(String name, Class<T> type) {
        return new StateKey<>(name, type);
    }
}
