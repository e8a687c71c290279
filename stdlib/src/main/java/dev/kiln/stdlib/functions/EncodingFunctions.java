package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.json.JsonEncoding;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;

/** Functions that encode values as text and decode text into values. */
public final class EncodingFunctions {

  private EncodingFunctions() {}

  /** {@code jsonencode(val)}: cty's {@code JSONEncodeFunc}. */
  public static final Function JSONENCODE =
      Function.builder("jsonencode")
          .parameter(Parameter.of("val", Type.ANY).allowingDynamicType().allowingNull())
          .returns(Type.STRING)
          .summary("Returns a string containing a JSON representation of the given value.")
          .description(
              "Numbers keep their full precision, object and map keys are sorted, and the"
                  + " characters <, > and & are escaped as \\u003c, \\u003e and \\u0026.")
          .implementation(
              (args, returnType) ->
                  args.get(0).isWhollyKnown()
                      ? Value.string(JsonEncoding.encode(args.get(0)))
                      : Value.unknown(Type.STRING))
          .build();

  /** {@code jsondecode(str)}: cty's {@code JSONDecodeFunc}. */
  public static final Function JSONDECODE =
      Function.builder("jsondecode")
          .parameter(Parameter.of("str", Type.STRING))
          .returns(Type.ANY, EncodingFunctions::jsondecodeType)
          .summary("Parses the given string as JSON and returns a value corresponding to what it contains.")
          .description(
              "JSON objects become objects, arrays become tuples, numbers are exact and null is a"
                  + " null of unknown type.")
          .implementation((args, returnType) -> decode(args.get(0)))
          .build();

  /** All functions of this family. */
  public static List<Function> all() {
    return List.of(JSONDECODE, JSONENCODE);
  }

  private static Type jsondecodeType(List<Value> args) throws FunctionException {
    Value str = args.get(0);
    return str.isKnown() ? decode(str).type() : Type.ANY;
  }

  private static Value decode(Value str) throws FunctionException {
    JsonDecoding.Result result = JsonDecoding.decode(((StringValue) str).value());
    if (result instanceof JsonDecoding.Result.Invalid) {
      throw FunctionException.argument(0, ((JsonDecoding.Result.Invalid) result).message());
    }
    return ((JsonDecoding.Result.Decoded) result).value();
  }
}
