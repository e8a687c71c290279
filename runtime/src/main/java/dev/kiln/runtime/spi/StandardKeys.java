package dev.kiln.runtime.spi;

/** The {@link BuildState} keys every builder, the engine and the plugins agree on. */
public final class StandardKeys {

    private StandardKeys() {}

    /** The builder's result; the last step of every builder puts it here. */
    public static final StateKey<Artifact> ARTIFACT = StateKey.of("artifact", Artifact.class);

    /** The connection to the machine, for builders with a communicator (absent with {@code communicator = "none"}). */
    public static final StateKey<Communicator> COMMUNICATOR = StateKey.of("communicator", Communicator.class);

    /** The {@code build.*} values; the engine puts the initial ones, builder steps add Host, Port, ID ... */
    public static final StateKey<BuildVariables> BUILD_VARIABLES = StateKey.of("build_variables", BuildVariables.class);

    /** The error that halted the build; the error-cleanup provisioner runs when it is set. */
    public static final StateKey<String> ERROR = StateKey.of("error", String.class);
}
