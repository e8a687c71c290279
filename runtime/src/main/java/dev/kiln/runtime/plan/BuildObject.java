package dev.kiln.runtime.plan;

import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code build} object provisioner and post-processor bodies see while the build runs: every
 * key Packer always provides (empty until a step learns it, so {@code build.Host} with
 * {@code communicator = "none"} is {@code ""}, not an error) plus whatever the builder added.
 */
final class BuildObject {

    /** Packer's {@code BuilderDataCommonKeys} and the two keys core adds. */
    private static final List<String> ALWAYS = List.of(
            BuildVariables.ID,
            BuildVariables.HOST,
            BuildVariables.PORT,
            BuildVariables.USER,
            BuildVariables.PASSWORD,
            BuildVariables.CONN_TYPE,
            BuildVariables.RUN_UUID,
            "PackerHTTPPort",
            "PackerHTTPIP",
            "PackerHTTPAddr",
            BuildVariables.SSH_PUBLIC_KEY,
            BuildVariables.SSH_PRIVATE_KEY,
            "WinRMPassword",
            BuildVariables.NAME,
            BuildVariables.TYPE);

    private BuildObject() {}

    /** {@code variables} as an HCL object of strings. */
    static Value of(BuildVariables variables) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        for (String key : ALWAYS) attributes.put(key, Value.string(""));
        variables.values().forEach((key, value) -> attributes.put(key, Value.string(value)));
        return ObjectValue.of(attributes, Marks.NONE);
    }
}
