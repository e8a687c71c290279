package dev.kiln.stdlib.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    private static Arbitrary<Value> argumentPool() {
        return Arbitraries.oneOf(
                ValueArbitraries.anyValues(),
                Arbitraries.of(
                        Value.string("{\"a\": [1, \"x\"]}"),
                        Value.string("[1, 2]"),
                        Value.string("12"),
                        Value.object(Map.of("a", Value.number(1))),
                        Value.map(Map.of("k", Value.string("v"))),
                        Value.list(Value.string("a"), Value.string("b")),
                        Value.tuple(),
                        Value.nullOf(Type.STRING),
                        Value.nullOf(Type.ANY)));
    }

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.of(FUNCTIONS).flatMap(function -> {
            int fixed = function.parameters().size();
            int extra = function.variadic().isPresent() ? 3 : 0;
            return Arbitraries.integers().between(fixed, fixed + extra).flatMap(count ->
                    argumentPool().list().ofSize(count).map(args -> new Call(function, args)));
        });
    }

    @Provide
    Arbitrary<Map.Entry<Call, Integer>> callsWithIndex() {
        return calls().filter(c -> !c.arguments().isEmpty()).flatMap(call ->
                Combinators.combine(Arbitraries.just(call), Arbitraries.integers().between(0, call.arguments().size() - 1))
                        .as(Map::entry));
    }

    @Property(tries = 500)
    void callsNeverThrow(@ForAll("calls") Call call) {
        call.run();
    }

    @Property(tries = 500)
    void unknownArgumentsGiveUnknownResults(@ForAll("callsWithIndex") Map.Entry<Call, Integer> sample) {
        Call call = sample.getKey();
        int index = sample.getValue();
        Parameter parameter = call.function().parameterFor(index).orElseThrow();
        Value argument = call.arguments().get(index);
        if (!call.run().isSuccess() || parameter.allowUnknown() || argument.isNull()) {
            return;
        }
        CallResult result = call.with(index, Value.unknown(argument.type())).run();
        assertTrue(result.isSuccess(), () -> call.function().name() + ": " + result);
        assertFalse(result.value().isKnown(), () -> call.function().name() + " gave " + result.value());
    }

    @Property(tries = 500)
    void sensitiveArgumentsGiveSensitiveResults(@ForAll("callsWithIndex") Map.Entry<Call, Integer> sample) {
        Call call = sample.getKey();
        int index = sample.getValue();
        if (!call.run().isSuccess()) {
            return;
        }
        Value secret = call.arguments().get(index).mark(Mark.SENSITIVE);
        CallResult result = call.with(index, secret).run();
        assertTrue(result.isSuccess(), () -> call.function().name() + ": " + result);
        assertTrue(result.value().deepMarks().contains(Mark.SENSITIVE),
                () -> call.function().name() + " lost the mark: " + result.value());
    }
}
