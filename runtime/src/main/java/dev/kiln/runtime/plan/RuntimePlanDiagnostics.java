package dev.kiln.runtime.plan;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.runtime.plan: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum RuntimePlanDiagnostics implements DiagnosticKind {
    BUILDER_NOT_AVAILABLE("runtime.plan.builder-not-available", "Builder not available"),
    POST_PROCESSOR_NOT_AVAILABLE("runtime.plan.post-processor-not-available", "Post-processor not available"),
    PROVISIONER_NOT_AVAILABLE("runtime.plan.provisioner-not-available", "Provisioner not available");

    private final String code;
    private final String summary;

    RuntimePlanDiagnostics(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
