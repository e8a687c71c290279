package dev.kiln.compiler.variables;

import dev.kiln.compiler.config.DataBlock;
import dev.kiln.compiler.datasource.DataSourceRequest;
import dev.kiln.compiler.datasource.DataSourceResult;
import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.compiler.decode.BodyEvaluation;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.stdlib.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * One {@code data} block, as Packer's {@code startDatasource} then {@code Execute}: evaluates and
 * type-checks its body, and when data sources run, checks the plugin's rules and runs it. Empty
 * means it failed (reported here), so blocks and locals depending on it stay unknown without more errors.
 */
final class DataEvaluation {

    private final DataSourceRunner runner;
    private final Diagnostics diagnostics;

    DataEvaluation(DataSourceRunner runner, Diagnostics diagnostics) {
        this.runner = runner;
        this.diagnostics = diagnostics;
    }

    Optional<Value> evaluate(DataBlock block, EvalContext context) {
        if (block.plugin().config() == null) return Optional.of(Value.DYNAMIC); // unknown type: reported when loading
        Diagnostics own = new Diagnostics();
        CheckedBody config = BodyEvaluation.check(
                block.plugin().config(),
                block.plugin().definitionRange(),
                (expression, d) -> {
                    EvalResult result = ExpressionEvaluator.evaluate(expression, context);
                    d.addAll(result.diagnostics());
                    return result.value();
                },
                own);
        diagnostics.addAll(own);
        if (own.hasErrors() || !block.plugin().config().complete()) return Optional.empty();
        // A body depending on a value only known later (an unset variable under inspect) cannot run yet.
        if (!runner.runs() || !whollyKnown(config)) return Optional.of(Value.DYNAMIC);
        Diagnostics rules = new Diagnostics();
        BodyEvaluation.runRules(block.plugin().config().schema(), config, rules);
        diagnostics.addAll(rules);
        if (rules.hasErrors()) return Optional.empty();
        DataSourceResult result = runner.run(new DataSourceRequest(
                block.type(), block.name(), config, block.plugin().definitionRange()));
        if (result instanceof DataSourceResult.Output output) return Optional.of(output.value());
        if (result instanceof DataSourceResult.Failure failure) {
            diagnostics.add(VariablesDiagnostics.DATA_SOURCE_FAILED
                    .with(failure.summary())
                    .error(failure.detail(), block.plugin().definitionRange()));
            return Optional.empty();
        }
        return Optional.of(Value.DYNAMIC);
    }

    private static boolean whollyKnown(CheckedBody body) {
        if (!body.values().values().stream().allMatch(Value::isWhollyKnown)) return false;
        for (List<CheckedBody> blocks : body.nested().values()) {
            if (!blocks.stream().allMatch(DataEvaluation::whollyKnown)) return false;
        }
        return true;
    }
}
