/**
 * HCL bodies read with a schema: native, JSON and merged bodies with HCL's content/partial
 * content semantics and wording, the {@code Decoder}, and {@code BodyEvaluation}, which converts
 * values to their schema types and runs the schema's rules.
 */
package dev.kiln.compiler.decode;
