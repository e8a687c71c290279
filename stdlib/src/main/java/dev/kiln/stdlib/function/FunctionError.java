package dev.kiln.stdlib.function;

import java.util.OptionalInt;

/**
 * Why a function call failed, worded as HCL words it.
 *
 * @param summary the diagnostic summary: "Invalid function argument", "Error in function call",
 *     "Not enough function arguments" or "Too many function arguments"
 * @param detail the diagnostic detail, full sentences
 * @param message the bare cause as the function reported it ("a number is required")
 * @param argumentIndex the argument to point at, if one is to blame; otherwise point at the call
 */
public record FunctionError(String summary, String detail, String message, OptionalInt argumentIndex) {}
