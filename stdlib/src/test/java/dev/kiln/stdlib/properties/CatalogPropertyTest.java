package dev.kiln.stdlib.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Properties every catalog function must have, whatever it does: it never throws for any
 * arguments, an unknown argument gives an unknown result, and a sensitive argument gives a
 * sensitive result. New functions are covered automatically.
 */
class CatalogPropertyTest {

    private static final List<Function> FUNCTIONS = PackerFunctions.catalog().functions();

    /** A call: a function and arguments drawn from a pool of typical values. */
    record Call(Function function, List<Value> arguments) {
        CallResult run() {
            return function.call(arguments);
        }

        Call with(int index, Value argument) {
            List<Value> changed = new ArrayList<>(arguments);
            changed.set(index, argument);
            return new Call(function, changed);
        }
    }

    private static final List<Value> TYPICAL_ARGUMENTS = List.of(
            Value.string("{\"a\": [1, \"x\"]}"),
            Value.string("[1, 2]"),
            Value.string("12"),
            Value.object(Map.of("a", Value.number(1))),
            Value.map(Map.of("k", Value.string("v"))),
            Value.list(Value.string("a"), Value.string("b")),
            Value.tuple(),
            Value.nullOf(Type.STRING),
            Value.nullOf(Type.ANY));

    /** A function with as many arguments as it takes (up to 3 more if it is variadic). */
    private static Call call(FuzzedDataProvider data) {
        Function function = data.pickValue(FUNCTIONS);
        int fixed = function.parameters().size();
        int count = data.consumeInt(fixed, fixed + (function.variadic().isPresent() ? 3 : 0));
        List<Value> arguments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arguments.add(data.consumeBoolean() ? FuzzedValues.anyValue(data) : data.pickValue(TYPICAL_ARGUMENTS));
        }
        return new Call(function, arguments);
    }

    @FuzzTest
    void callsNeverThrow(FuzzedDataProvider data) {
        call(data).run();
    }

    @FuzzTest
    void unknownArgumentsGiveUnknownResults(FuzzedDataProvider data) {
        Call call = call(data);
        if (call.arguments().isEmpty()) {
            return;
        }
        int index = data.consumeInt(0, call.arguments().size() - 1);
        Parameter parameter = call.function().parameterFor(index).orElseThrow();
        Value argument = call.arguments().get(index);
        if (!call.run().isSuccess() || parameter.allowUnknown() || argument.isNull()) {
            return;
        }
        CallResult result = call.with(index, Value.unknown(argument.type())).run();
        assertTrue(result.isSuccess(), () -> call.function().name() + ": " + result);
        assertFalse(result.value().isKnown(), () -> call.function().name() + " gave " + result.value());
    }

    @FuzzTest
    void sensitiveArgumentsGiveSensitiveResults(FuzzedDataProvider data) {
        Call call = call(data);
        if (call.arguments().isEmpty()) {
            return;
        }
        int index = data.consumeInt(0, call.arguments().size() - 1);
        if (!call.run().isSuccess()) {
            return;
        }
        Value secret = call.arguments().get(index).mark(Mark.SENSITIVE);
        CallResult result = call.with(index, secret).run();
        assertTrue(result.isSuccess(), () -> call.function().name() + ": " + result);
        assertTrue(
                result.value().deepMarks().contains(Mark.SENSITIVE),
                () -> call.function().name() + " lost the mark: " + result.value());
    }
}
