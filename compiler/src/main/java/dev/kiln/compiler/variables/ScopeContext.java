package dev.kiln.compiler.variables;

import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.Map;

/**
 * The roots every template expression sees besides {@code var} and {@code local}: {@code path}
 * ({@code root}, {@code cwd}, with forward slashes as Packer writes them), {@code packer.version}
 * (and HCP's {@code packer.iterationID}, {@code packer.versionFingerprint}, unknown),
 * and {@code source} and {@code build}, whose values only exist later ({@code data} is added by the scope).
 */
final class ScopeContext {

    private ScopeContext() {}

    static EvalContext.Builder builder(FunctionCatalog functions, String rootDirectory, ScopeOptions options) {
        return EvalContext.builder(functions)
                .variable(
                        "path",
                        Value.object(Map.of(
                                "root", Value.string(rootDirectory.replace('\\', '/')),
                                "cwd",
                                        Value.string(options.workingDirectory()
                                                .toString()
                                                .replace('\\', '/')))))
                // The HCP Packer identifiers exist only when HCP assigns them during a build: unknown strings here.
                .variable(
                        "packer",
                        Value.object(Map.of(
                                "version",
                                Value.string(options.packerVersion()),
                                "iterationID",
                                Value.unknown(Type.STRING),
                                "versionFingerprint",
                                Value.unknown(Type.STRING))))
                .unknownRoot("source")
                .unknownRoot("build");
    }
}
