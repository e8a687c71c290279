package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import java.util.ArrayList;
import java.util.List;

/** The functions available in Packer HCL templates, as one catalog. */
public final class PackerFunctions {

  private PackerFunctions() {}

  /** Every function, reading the real clock and randomness; fails fast on a duplicate name. */
  public static FunctionCatalog catalog() {
    return catalog(FunctionEnvironment.system());
  }

  /** Every function, with the impure ones reading {@code env}; fails fast on a duplicate name. */
  public static FunctionCatalog catalog(FunctionEnvironment env) {
    List<Function> all = new ArrayList<>();
    all.addAll(StringFunctions.all());
    all.addAll(CollectionFunctions.all());
    all.addAll(EncodingFunctions.all());
    all.addAll(NumericFunctions.all());
    all.addAll(HashFunctions.all(env));
    all.addAll(UuidFunctions.all(env));
    all.addAll(NetworkFunctions.all());
    all.addAll(DateTimeFunctions.all(env));
    return FunctionCatalog.of(all);
  }
}
