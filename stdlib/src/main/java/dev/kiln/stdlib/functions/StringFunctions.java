package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;

/** Functions on strings. */
public final class StringFunctions {

  private StringFunctions() {}

  /** {@code upper(str)}: cty's {@code UpperFunc}. */
  public static final Function UPPER =
      Function.builder("upper")
          .parameter(Parameter.of("str", Type.STRING).allowingDynamicType())
          .returns(Type.STRING)
          .summary("Converts all cased letters in the given string to uppercase.")
          .description(
              "Letters are converted one code point at a time with Unicode's simple case"
                  + " mapping, as Go's strings.ToUpper does, so \"ß\" stays \"ß\".")
          .implementation((args, returnType) -> Value.string(upper(((StringValue) args.get(0)).value())))
          .build();

  /** All functions of this family. */
  public static List<Function> all() {
    return List.of(UPPER);
  }

  private static String upper(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.toUpperCase(c)));
    return out.toString();
  }
}
