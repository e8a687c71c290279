package dev.kiln.compiler.variables;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.text.Suggestions;
import dev.kiln.stdlib.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Appends the values given from outside the template to each variable, lowest precedence first, as
 * Packer's {@code collectInputVariableValues}: {@code PKR_VAR_} environment variables, var files,
 * then {@code -var}. Every value is converted to the variable's type on the way in.
 */
final class VariableAssignments {

    static final String ENV_PREFIX = "PKR_VAR_";

    private final Map<String, DeclaredVariable> variables;
    private final ParsedFiles files;
    private final Diagnostics diagnostics;
    private final CommandLineValues commandLine;

    VariableAssignments(Map<String, DeclaredVariable> variables, ParsedFiles files, Diagnostics diagnostics) {
        this.variables = variables;
        this.files = files;
        this.diagnostics = diagnostics;
        this.commandLine = new CommandLineValues(files, diagnostics);
    }

    void collect(String directory, VariableInputs inputs) {
        // A -var without '=' is a flag error in Packer, reported before anything is read.
        Map<String, String> commandLine = commandLineFlags(inputs.vars());
        environment(inputs.environment());
        List<VarFiles.VarFile> varFiles = new VarFiles(files, diagnostics)
                .read(inputs.readsAutoVarFiles() ? directory : null, inputs.varFiles(), inputs.autoVarFiles());
        for (VarFiles.VarFile file : varFiles) {
            // As Packer: a variable block in a var file stops here, so the user sees only the real mistake.
            if (file.declaresVariables()) return;
            varFile(file, inputs.warnOnUndeclaredVarFileNames());
        }
        commandLine(commandLine);
    }

    private void environment(Map<String, String> environment) {
        // Sorted, so diagnostics come in the same order on every run (Go reads os.Environ() order).
        for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
            if (!e.getKey().startsWith(ENV_PREFIX)) continue;
            String name = e.getKey().substring(ENV_PREFIX.length());
            DeclaredVariable variable = variables.get(name);
            if (variable == null) continue; // undeclared PKR_VAR_ names are ignored, as in Packer
            CommandLineValues.Read read =
                    commandLine.read("<value for var." + name + " from env>", e.getValue(), variable.type);
            if (read == null) continue;
            ConversionResult converted = variable.convert(read.value());
            Value value = read.value();
            if (converted.isSuccess()) {
                value = converted.value();
            } else {
                diagnostics.add(VariablesDiagnostics.INVALID_VALUE_FOR_VARIABLE.error(
                        "The value for " + name + " (from the"
                                + " environment variable " + e.getKey() + ") is not compatible with the variable's type"
                                + " constraint: " + converted + ".",
                        read.range()));
                value = Value.DYNAMIC;
            }
            variable.assignments.add(new Assignment(new ValueSource(ValueSource.Kind.ENV, name, read.range()), value));
        }
    }

    private void varFile(VarFiles.VarFile file, boolean warnOnUndeclared) {
        for (VarFileSetting setting : file.settings()) {
            DeclaredVariable variable = variables.get(setting.name());
            if (variable == null) {
                if (warnOnUndeclared) diagnostics.add(undeclared(setting));
                continue;
            }
            EvalResult evaluated = setting.evaluate();
            diagnostics.addAll(evaluated.diagnostics());
            Value value = evaluated.value();
            ConversionResult converted = variable.convert(value);
            if (converted.isSuccess()) {
                value = converted.value();
            } else {
                diagnostics.add(VariablesDiagnostics.INVALID_VALUE_FOR_VARIABLE.error(
                        "The value for " + setting.name() + " is not compatible with the variable's type constraint: "
                                + converted + ".",
                        setting.valueRange()));
                value = Value.DYNAMIC;
            }
            variable.assignments.add(new Assignment(
                    new ValueSource(ValueSource.Kind.VARFILE, setting.name(), setting.valueRange()), value));
        }
    }

    private Diagnostic undeclared(VarFileSetting setting) {
        String n = "\"" + setting.name() + "\"";
        return VariablesDiagnostics.UNDEFINED_VARIABLE.warning(
                "The variable " + n + " was set but was not"
                        + " declared as an input variable." + didYouMean(setting.name()) + "\nTo declare variable " + n
                        + " place this block in one of your"
                        + " .pkr.hcl files, such as variables.pkr.hcl\n\nvariable " + n + " {\n  type    = string\n"
                        + "  default = null\n}",
                setting.range());
    }

    /** " Did you mean "x"?" for the declared variable closest to {@code name}, or nothing. */
    private String didYouMean(String name) {
        return Suggestions.closest(name, variables.keySet())
                .map(s -> " Did you mean \"" + s + "\"?")
                .orElse("");
    }

    /** The -var values by name; Packer keeps them in a map, so a repeated name keeps its last value. */
    private Map<String, String> commandLineFlags(List<String> vars) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : vars) {
            int eq = raw.indexOf('=');
            if (eq < 0) {
                diagnostics.add(VariablesDiagnostics.INVALID_VALUE_FOR_FLAG_VAR
                        .with(raw)
                        .error("No '=' value in arg: " + raw, null));
                continue;
            }
            values.put(raw.substring(0, eq), raw.substring(eq + 1));
        }
        return values;
    }

    private void commandLine(Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = e.getKey();
            DeclaredVariable variable = variables.get(name);
            if (variable == null) {
                diagnostics.add(VariablesDiagnostics.UNDEFINED_VAR_VARIABLE.error(
                        "A \"" + name + "\" variable"
                                + " was passed in the command line but was not found in known variables."
                                + didYouMean(name)
                                + " To declare variable \""
                                + name + "\", place this block in one of your .pkr files, such as variables.pkr.hcl",
                        null));
                continue;
            }
            CommandLineValues.Read read =
                    commandLine.read("<value for var." + name + " from arguments>", e.getValue(), variable.type);
            if (read == null) continue;
            ConversionResult converted = variable.convert(read.value());
            Value value = read.value();
            if (converted.isSuccess()) {
                value = converted.value();
            } else {
                diagnostics.add(VariablesDiagnostics.INVALID_ARGUMENT_VALUE_FOR_VAR_VARIABLE.error(
                        "The received"
                                + " arg value for " + name + " is not compatible with the variable's type constraint: "
                                + converted + ".",
                        read.range()));
                value = Value.DYNAMIC;
            }
            variable.assignments.add(new Assignment(new ValueSource(ValueSource.Kind.CMD, name, read.range()), value));
        }
    }
}
