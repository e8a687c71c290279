package dev.kiln.stdlib.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FunctionCallTest {

    private static final Function HALF = Function.builder("half")
            .parameter(Parameter.of("num", Type.NUMBER))
            .returns(Type.NUMBER)
            .implementation((args, returnType) -> {
                NumberValue num = (NumberValue) args.get(0);
                if (num.value().signum() < 0) {
                    throw FunctionException.argument(0, "must not be negative");
                }
                if (num.value().signum() == 0) {
                    throw FunctionException.of("zero has no half worth taking");
                }
                return Value.number(num.value().divide(java.math.BigDecimal.valueOf(2)));
            })
            .build();

    private static final Function JOIN = Function.builder("join")
            .parameter(Parameter.of("separator", Type.STRING))
            .variadic(Parameter.of("lists", Type.list(Type.STRING)))
            .returns(Type.STRING)
            .implementation((args, returnType) -> Value.string("joined"))
            .build();

    private static FunctionError error(CallResult result) {
        return ((CallResult.Failure) result).error();
    }

    @Test
    void convertsArgumentsToParameterTypes() {
        assertEquals(Value.number("1.5"), HALF.call(Value.string("3")).value());
    }

    @Test
    void reportsArityAsHcl() {
        FunctionError missing = error(HALF.call());
        assertEquals("Not enough function arguments", missing.summary());
        assertEquals("Function \"half\" expects 1 argument(s). Missing value for \"num\".", missing.detail());
        assertEquals(OptionalInt.empty(), missing.argumentIndex());

        FunctionError extra = error(HALF.call(Value.number(1), Value.number(2)));
        assertEquals("Too many function arguments", extra.summary());
        assertEquals("Function \"half\" expects only 1 argument(s).", extra.detail());
        assertEquals(OptionalInt.of(1), extra.argumentIndex());

        assertEquals(
                "Function \"join\" expects at least 1 argument(s). Missing value for \"separator\".",
                error(JOIN.call()).detail());
    }

    @Test
    void reportsArgumentProblemsWithTheirIndex() {
        FunctionError notANumber = error(HALF.call(Value.string("x")));
        assertEquals("Invalid function argument", notANumber.summary());
        assertEquals("Invalid value for \"num\" parameter: a number is required.", notANumber.detail());
        assertEquals(OptionalInt.of(0), notANumber.argumentIndex());

        FunctionError variadic = error(JOIN.call(Value.string(","), Value.emptyList(Type.STRING), Value.TRUE));
        assertEquals("Invalid value for \"lists\" parameter: list of string required.", variadic.detail());
        assertEquals(OptionalInt.of(2), variadic.argumentIndex());

        assertEquals(
                "Invalid value for \"num\" parameter: argument must not be null.",
                error(HALF.call(Value.nullOf(Type.NUMBER))).detail());
        assertEquals(
                "Invalid value for \"num\" parameter: must not be negative.",
                error(HALF.call(Value.number(-1))).detail());
    }

    @Test
    void reportsOtherFailuresAsErrorInFunctionCall() {
        FunctionError zero = error(HALF.call(Value.number(0)));
        assertEquals("Error in function call", zero.summary());
        assertEquals("Call to function \"half\" failed: zero has no half worth taking.", zero.detail());
        assertEquals("zero has no half worth taking", zero.message());
    }

    @Test
    void unknownArgumentsGiveUnknownResults() {
        assertEquals(
                Value.unknown(Type.NUMBER),
                HALF.call(Value.unknown(Type.NUMBER)).value());
        assertEquals(
                Value.unknown(Type.NUMBER),
                HALF.call(Value.unknown(Type.STRING)).value());
        // HCL converts the argument first, so an unknown of unknown type becomes an unknown number.
        assertEquals(Value.unknown(Type.NUMBER), HALF.call(Value.DYNAMIC).value());
        Function identity = Function.builder("identity")
                .parameter(Parameter.of("value", Type.ANY))
                .returns(Type.STRING)
                .implementation((args, returnType) -> Value.string("called"))
                .build();
        assertEquals(Value.DYNAMIC, identity.call(Value.DYNAMIC).value());
    }

    @Test
    void marksAreRemovedAndPutBack() {
        Value result = HALF.call(Value.number(4).mark(Mark.SENSITIVE)).value();
        assertEquals(Value.number(2).mark(Mark.SENSITIVE), result);
        assertEquals(
                Value.unknown(Type.NUMBER).mark(Mark.SENSITIVE),
                HALF.call(Value.unknown(Type.NUMBER).mark(Mark.SENSITIVE)).value());
    }

    @Test
    void signatureListsParametersAndFlags() {
        assertEquals("half(num number) number", HALF.signature());
        assertEquals("join(separator string, lists ...list(string)) string", JOIN.signature());
    }

    @Test
    void catalogRefusesDuplicatesAndSuggestsNames() {
        assertThrows(IllegalArgumentException.class, () -> FunctionCatalog.of(List.of(HALF, HALF)));
        FunctionCatalog catalog = FunctionCatalog.of(List.of(HALF, JOIN));
        assertEquals(Optional.of(HALF), catalog.lookup("half"));
        assertEquals(Optional.of("join"), catalog.suggest("jion"));
        assertEquals(Optional.empty(), catalog.suggest("concatenate"));
    }

    @Test
    void implementationsMustKeepTheirReturnTypePromise() {
        Function liar = Function.builder("liar")
                .returns(Type.NUMBER)
                .implementation((args, returnType) -> Value.string("no"))
                .build();
        assertThrows(IllegalStateException.class, liar::call);
    }
}
