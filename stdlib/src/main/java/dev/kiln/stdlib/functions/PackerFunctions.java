package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import java.util.ArrayList;
import java.util.List;

/** The functions available in Packer HCL templates, as one catalog. */
public final class PackerFunctions {

    private PackerFunctions() {}

    /**
     * Every function, with {@link FunctionEnvironment#system()}: the real clock and randomness,
     * paths relative to the working directory and secrets not available. Meant for tests and tools
     * without a template directory.
     */
    public static FunctionCatalog catalog() {
        return catalog(FunctionEnvironment.system());
    }

    /** Every function, seeing the world through {@code environment}; fails fast if two share a name. */
    public static FunctionCatalog catalog(FunctionEnvironment environment) {
        List<Function> all = new ArrayList<>();
        all.addAll(StringFunctions.all());
        all.addAll(CollectionFunctions.all());
        all.addAll(SequenceFunctions.all());
        all.addAll(MapFunctions.all());
        all.addAll(SetFunctions.all());
        all.addAll(EncodingFunctions.all());
        all.addAll(FilesystemFunctions.all(environment));
        all.addAll(SecretFunctions.all(environment));
        all.addAll(NumericFunctions.all());
        all.addAll(HashFunctions.all(environment));
        all.addAll(UuidFunctions.all(environment));
        all.addAll(NetworkFunctions.all());
        all.addAll(DateTimeFunctions.all(environment));
        return FunctionCatalog.of(all);
    }
}
