package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import java.util.ArrayList;
import java.util.List;

/** The functions available in Packer HCL templates, as one catalog. */
public final class PackerFunctions {

  private PackerFunctions() {}

  /** Every function, in one catalog; building it fails fast if two share a name. */
  public static FunctionCatalog catalog() {
    List<Function> all = new ArrayList<>();
    all.addAll(StringFunctions.all());
    all.addAll(CollectionFunctions.all());
    all.addAll(SequenceFunctions.all());
    all.addAll(EncodingFunctions.all());
    return FunctionCatalog.of(all);
  }
}
