package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.convert.Unification;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Set algebra on sets, lists and tuples: setintersection, setunion and setproduct. */
public final class SetFunctions {

    private SetFunctions() {}

    /** {@code setintersection(first_set, other_sets...)}: cty's {@code SetIntersectionFunc}. */
    public static final Function SETINTERSECTION = Function.builder("setintersection")
            .parameter(Parameter.of("first_set", Type.set(Type.ANY)).allowingDynamicType())
            .variadic(Parameter.of("other_sets", Type.set(Type.ANY)).allowingDynamicType())
            .returns(Type.set(Type.ANY), SetFunctions::setOperationType)
            .summary("Returns the set of elements present in every given set.")
            .description("Lists and tuples are converted to sets first; element types must unify.")
            .implementation((args, returnType) -> setOperation(args, returnType, false))
            .build();

    /** {@code setunion(first_set, other_sets...)}: cty's {@code SetUnionFunc}. */
    public static final Function SETUNION = Function.builder("setunion")
            .parameter(Parameter.of("first_set", Type.set(Type.ANY)).allowingDynamicType())
            .variadic(Parameter.of("other_sets", Type.set(Type.ANY)).allowingDynamicType())
            .returns(Type.set(Type.ANY), SetFunctions::setOperationType)
            .summary("Returns the set of elements present in any of the given sets.")
            .description("Lists and tuples are converted to sets first; element types must unify.")
            .implementation((args, returnType) -> setOperation(args, returnType, true))
            .build();

    /** {@code setproduct(sets...)}: cty's {@code SetProductFunc}. */
    public static final Function SETPRODUCT = Function.builder("setproduct")
            .variadic(Parameter.of("sets", Type.ANY))
            .returns(Type.ANY, SetFunctions::setProductType)
            .summary("Returns the Cartesian product of two or more sets or lists.")
            .description("Each element is a tuple with one element from each argument. If every argument"
                    + " is a list or tuple the result is a list in order, otherwise a set.")
            .implementation(SetFunctions::setProduct)
            .build();

    public static List<Function> all() {
        return List.of(SETINTERSECTION, SETPRODUCT, SETUNION);
    }

    // ---- sets ----

    private static Type setOperationType(List<Value> args) throws FunctionException {
        List<Type> elementTypes = new ArrayList<>();
        for (Value arg : args) {
            if (!(arg.type() instanceof SetType)) {
                return Type.set(Type.ANY);
            }
            Type element = ((SetType) arg.type()).elementType();
            // An empty set of unknown element type converts to anything, so it does not constrain.
            if (arg.isKnown() && SequenceFunctions.elements(arg).isEmpty() && element == Type.ANY) {
                continue;
            }
            elementTypes.add(element);
        }
        if (elementTypes.isEmpty()) {
            return Type.set(Type.ANY);
        }
        return Type.set(Unification.unifyUnsafe(elementTypes)
                .orElseThrow(() -> FunctionException.of("given sets must all have compatible element types")));
    }

    private static Value setOperation(List<Value> args, Type returnType, boolean union) throws FunctionException {
        List<Value> result = null;
        for (int i = 0; i < args.size(); i++) {
            Value set = SequenceFunctions.convert(args.get(i), returnType, i);
            if (!set.isKnown() || !union && !set.isWhollyKnown()) {
                // An intersection with unknown elements could still gain or lose elements.
                return Value.unknown(returnType);
            }
            List<Value> elements = SequenceFunctions.elements(set);
            if (result == null) {
                result = new ArrayList<>(elements);
            } else if (union) {
                result.addAll(elements);
            } else {
                result.removeIf(e -> elements.stream().noneMatch(o -> SequenceFunctions.isTrue(o.equal(e))));
            }
        }
        return Value.set(((SetType) returnType).elementType(), result);
    }

    private static Type setProductType(List<Value> args) throws FunctionException {
        if (args.size() < 2) {
            throw FunctionException.of("at least two arguments are required");
        }
        int lists = 0;
        List<Type> elementTypes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Type type = args.get(i).type();
            if (type instanceof SetType) {
                elementTypes.add(((SetType) type).elementType());
            } else if (type instanceof ListType) {
                elementTypes.add(((ListType) type).elementType());
                lists++;
            } else if (type instanceof TupleType) {
                List<Type> all = ((TupleType) type).elementTypes();
                if (all.isEmpty()) {
                    elementTypes.add(Type.ANY);
                } else {
                    int index = i;
                    elementTypes.add(Unification.unifyUnsafe(all)
                            .orElseThrow(
                                    () -> FunctionException.argument(index, "all elements must be of the same type")));
                }
                lists++;
            } else {
                throw FunctionException.argument(i, "a set or a list is required");
            }
        }
        Type tuple = Type.tuple(elementTypes);
        return lists == args.size() ? Type.list(tuple) : Type.set(tuple);
    }

    private static Value setProduct(List<Value> args, Type returnType) throws FunctionException {
        Type tupleType = ((CollectionType) returnType).elementType();
        List<Type> subTypes = ((TupleType) tupleType).elementTypes();
        List<List<Value>> columns = new ArrayList<>();
        long total = 1;
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i);
            if (arg instanceof SetValue && ((SetValue) arg).hasUnknownElements()) {
                return Value.unknown(returnType);
            }
            List<Value> column = new ArrayList<>();
            for (Value element : SequenceFunctions.elements(arg)) {
                column.add(SequenceFunctions.convert(element, subTypes.get(i), i));
            }
            columns.add(column);
            total *= column.size();
            if (total > 1_000_000) {
                throw FunctionException.of("the product would have more than 1000000 elements");
            }
        }
        List<Value> product = new ArrayList<>();
        if (total > 0) {
            int[] positions = new int[columns.size()];
            for (long n = 0; n < total; n++) {
                List<Value> tuple = new ArrayList<>();
                for (int j = 0; j < columns.size(); j++) {
                    tuple.add(columns.get(j).get(positions[j]));
                }
                product.add(Value.tuple(tuple));
                for (int j = columns.size() - 1; j >= 0; j--) {
                    if (++positions[j] < columns.get(j).size()) {
                        break;
                    }
                    positions[j] = 0;
                }
            }
        }
        return returnType instanceof ListType ? Value.list(tupleType, product) : Value.set(tupleType, product);
    }
}
