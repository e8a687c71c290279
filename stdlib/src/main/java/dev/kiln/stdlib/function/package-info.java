/**
 * The function API: a {@link dev.kiln.stdlib.function.Function} declares its parameters, a
 * return-type rule and an implementation; {@link dev.kiln.stdlib.function.Function#call} is the
 * one place that checks arity, converts arguments and handles null, unknown and marked values;
 * a {@link dev.kiln.stdlib.function.FunctionCatalog} holds functions by name.
 *
 * <h2>How to add a function</h2>
 *
 * <ol>
 *   <li>Pick the family class in {@code dev.kiln.stdlib.functions} ({@code StringFunctions},
 *       {@code CollectionFunctions}, {@code EncodingFunctions}, or a new {@code
 *       XxxFunctions} with an {@code all()} method added to {@code PackerFunctions.catalog()}).
 *       A function that reads the outside world (files, the clock, secrets) takes it from the
 *       {@code FunctionEnvironment} passed to {@code all(environment)}, never from globals such
 *       as the working directory, so that tests and the compiler control it.
 *   <li>Declare it as a constant, mirroring the go-cty or Packer spec parameter by parameter:
 *       <pre>{@code
 * public static final Function LOWER =
 *     Function.builder("lower")
 *         .parameter(Parameter.of("str", Type.STRING).allowingDynamicType())
 *         .returns(Type.STRING)
 *         .summary("Converts all cased letters in the given string to lowercase.")
 *         .description("...")
 *         .implementation((args, returnType) ->
 *             Value.string(lower(((StringValue) args.get(0)).value())))
 *         .build();
 * }</pre>
 *   <li>Keep every {@link dev.kiln.stdlib.function.Parameter} flag off unless the function really
 *       handles that case itself. With the flags off the implementation only ever sees known,
 *       non-null, unmarked arguments already converted to the parameter type, so it can cast
 *       them ({@code (StringValue) args.get(0)}). Nested values may still be unknown: check
 *       {@code isWhollyKnown()} before looking inside collections.
 *   <li>If the result type depends on the arguments, pass a {@link
 *       dev.kiln.stdlib.function.ReturnTypeRule} to {@code returns(declared, rule)}: it sees
 *       the converted arguments, any of which may be unknown, and answers {@code Type.ANY} when
 *       it cannot tell yet. The implementation's result must conform to what it answered.
 *   <li>Report bad arguments by throwing {@link dev.kiln.stdlib.function.FunctionException}:
 *       {@code FunctionException.argument(index, "message")} when one argument is to blame (the
 *       error then points at it), {@code FunctionException.of("message")} otherwise. Word
 *       messages as cty does: lower case, no final period. Never let another exception escape.
 *   <li>If a parameter allows marked values, the implementation must carry the marks of the
 *       arguments it uses over to its result ({@code result.withAddedMarks(marks)}).
 *   <li>Run {@code mvn -pl stdlib verify -Dgolden.update=true} to add the signature to {@code
 *       function-signatures.txt}, review the diff, and add examples to the function tests. The
 *       property tests already check every catalog function for unknown and sensitive inputs.
 * </ol>
 */
package dev.kiln.stdlib.function;
