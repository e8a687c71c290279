package dev.kiln.compiler.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.filter.Filter;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jinjava.javax.el.CompositeELResolver;

/**
 * Renders {@code .j2} files with Jinjava, configured for templates that must not surprise:
 * undefined names fail, no nested interpretation, no Java reflection, bounded output and depth,
 * files read only inside the configuration directory. The only class that drives Jinjava, so
 * nothing loads it until a {@code .j2} file is there.
 */
final class JinjavaRenderer {

    /** What rendering one file gave: the rendered file (null after an error) and the problems found. */
    record Outcome(RenderedFile file, List<Diagnostic> diagnostics) {}

    private final Jinjava jinjava;
    private final JinjavaConfig config;
    private final Params params;
    private final Path displayRoot;
    private final TemplateOrigins origins;
    private final TemplateErrors errors;
    private final RenderLimits limits;
    /** The include path of the node being rendered: where a fatal error without a file name happened. */
    private String currentPath;
    /** When rendering the current file must stop, as {@link System#nanoTime()}. */
    private long deadline;
    /**
     * Whether the file being rendered is in HCL's JSON syntax, which reads JSON strings as
     * templates; elsewhere JSON text is data (var files, or {@code | json | hcl} in native files).
     */
    private boolean jsonStringsAreTemplates;

    JinjavaRenderer(Path root, Path displayRoot, Params params, RenderLimits limits, TemplateOrigins origins) {
        this.params = params;
        this.displayRoot = displayRoot;
        this.origins = origins;
        this.errors = new TemplateErrors(limits);
        this.limits = limits;
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new PythonMethodsOnly());
        resolver.add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY);
        this.config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(true)
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(limits.maxOutputBytes())
                .withMaxRenderDepth(limits.maxDepth())
                .withRangeLimit(limits.maxLoopLength())
                .withMaxListSize(limits.maxLoopLength())
                .withMaxMapSize(limits.maxLoopLength())
                .withMaxStringLength(limits.maxOutputBytes())
                .withElResolver(resolver)
                .withEnableRecursiveMacroCalls(false)
                // Jinjava already refuses getClass and friends; these close the remaining doors to reflection.
                .withRestrictedMethods(Set.of(
                        "getClass",
                        "forName",
                        "getClassLoader",
                        "newInstance",
                        "invoke",
                        "wait",
                        "notify",
                        "notifyAll"))
                .withRestrictedProperties(Set.of("class", "classLoader", "declaringClass", "module"))
                // Every node passes here, and loops are bounded, so this is never long unchecked.
                .withNodePreProcessor((node, interpreter) -> {
                    currentPath = interpreter
                            .getContext()
                            .getCurrentPathStack()
                            .peek()
                            .orElse(null);
                    if (System.nanoTime() - deadline > 0) throw new RenderTimeLimit(limits.maxTime());
                })
                .build();
        this.jinjava = new Jinjava(config);
        jinjava.setResourceLocator(new ConfinedResourceLocator(root, displayRoot, origins, config));
        jinjava.registerFilter(LiteralFilter.hcl());
        jinjava.registerFilter(LiteralFilter.json(() -> jsonStringsAreTemplates));
        for (String padding : List.of("indent", "center", "format")) {
            Filter filter = jinjava.getGlobalContext().getFilter(padding);
            jinjava.registerFilter(new BoundedFilter(filter, limits.maxOutputBytes(), padding.equals("format")));
        }
    }

    /** Renders {@code template}; the rendered file is named as the template without {@code .j2}. */
    Outcome render(SourceFile template) {
        int number = origins.add(template, false);
        currentPath = null;
        int tooDeep = TemplateNesting.tooDeepAt(template.text());
        if (tooDeep >= 0) {
            return new Outcome(
                    null,
                    List.of(RenderDiagnostics.TEMPLATE_NESTED_TOO_DEEPLY.error(
                            "More than " + TemplateNesting.MAX_DEPTH
                                    + " parentheses and brackets are open here. Split the"
                                    + " expression, or compute the value into a parameter.",
                            template.range(tooDeep, tooDeep + 1))));
        }
        deadline = System.nanoTime() + limits.maxTime().toNanos();
        jsonStringsAreTemplates = ConfigFileNames.rendered(template.name()).endsWith(".pkr.json");
        RenderResult result;
        try {
            String marked = MarkedSource.mark(template.text(), number, false, config);
            result = jinjava.renderForResult(marked, Map.of("params", ParamNull.wrap(params.values())));
        } catch (RenderTimeLimit e) {
            return new Outcome(null, List.of(e.diagnostic(template)));
        } catch (RuntimeException | StackOverflowError e) {
            // Jinjava reports template problems as errors; anything thrown is unexpected, but still the user's
            // template.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : LineMarkers.strip(e.getMessage());
            return new Outcome(
                    null,
                    List.of(RenderDiagnostics.TEMPLATE_ERROR.error(
                            "Rendering failed: " + message + ".", template.range(0, 0))));
        }
        // Jinjava turns the exception into an error on the node it stopped, and then on each node after.
        if (System.nanoTime() - deadline > 0) {
            return new Outcome(null, List.of(RenderTimeLimit.diagnostic(template, limits.maxTime())));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (TemplateError error : result.getErrors()) {
            SourceFile file = fileOf(error, template);
            Diagnostic diagnostic =
                    errors.toDiagnostic(error, file, file == template ? 0 : origins.prefixOf(file.name()));
            // Jinjava sometimes reports one failure twice (output limits); kiln says it once.
            if (!diagnostics.contains(diagnostic)) diagnostics.add(diagnostic);
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) return new Outcome(null, diagnostics);
        LineMarkers.Traced traced = LineMarkers.trace(result.getOutput(), number);
        List<LineOrigin> lines = new ArrayList<>(traced.lines().size());
        for (LineMarkers.MarkedOrigin origin : traced.lines()) {
            SourceFile from = origins.file(origin.file());
            lines.add(new LineOrigin(from == null ? template.name() : from.name(), origin.line()));
        }
        SourceFile rendered = new SourceFile(ConfigFileNames.rendered(template.name()), traced.text());
        return new Outcome(new RenderedFile(template, rendered, lines), diagnostics);
    }

    /** The file an error is in: the one Jinjava names, else the include being rendered when a fatal error stopped it. */
    private SourceFile fileOf(TemplateError error, SourceFile template) {
        String path = error.getSourceTemplate().orElse(null);
        if (path == null && error.getSeverity() == TemplateError.ErrorType.FATAL) path = currentPath;
        if (path == null) return template;
        SourceFile file = origins.named(displayRoot.resolve(path).normalize().toString());
        return file == null ? template : file;
    }
}
