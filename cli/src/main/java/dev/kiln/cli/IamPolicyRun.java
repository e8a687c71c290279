package dev.kiln.cli;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.builder.amazon.IamPolicy;
import dev.kiln.runtime.engine.BuildJob;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What {@code kiln iam-policy} does: plan the template as {@code build} would, then print the policy of its amazon-ebs builds. */
final class IamPolicyRun {

    private IamPolicyRun() {}

    static int run(IamPolicyCommand options, PrintWriter out, PrintWriter err) {
        try (PlanSource planSource =
                new TemplatePlanning(options.renderOptions, PluginCatalog.BUILT_IN, System.getenv())) {
            PlannedRun plan = planSource.plan(new BuildRequest(
                    Path.of(options.template), options.vars, options.varFiles, options.only, options.except, false));
            new DiagnosticPrinter(err, false).print(plan.diagnostics(), plan.sources());
            err.flush();
            if (plan.hasErrors()) return ExitCode.ERROR;
            List<ConfigView> sources = plan.jobs().stream()
                    .filter(j -> j.sourceType().equals("amazon-ebs"))
                    .map(BuildJob::sourceConfig)
                    .toList();
            if (sources.isEmpty()) {
                err.println("Error: the template has no amazon-ebs builds, so it needs no IAM permissions from kiln");
                return ExitCode.ERROR;
            }
            out.print(IamPolicy.document(IamPolicy.actions(sources)));
            out.flush();
            return ExitCode.OK;
        }
    }
}
