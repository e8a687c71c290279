package dev.kiln.compiler.render;

import com.hubspot.jinjava.interpret.InvalidInputException;
import com.hubspot.jinjava.interpret.OutputTooBigException;
import com.hubspot.jinjava.interpret.TagCycleException;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.UnknownTokenException;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Severity;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jinjava's {@link TemplateError}s into kiln diagnostics at the template's line and column. */
final class TemplateErrors {

    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[A-Za-z]+Exception: )+");
    private static final Pattern METHOD = Pattern.compile("Cannot find method '([^']*)'");

    private final RenderLimits limits;

    TemplateErrors(RenderLimits limits) {
        this.limits = limits;
    }

    /** The diagnostic for {@code error}, found while rendering {@code file}. */
    Diagnostic toDiagnostic(TemplateError error, SourceFile file, int lineOnePrefix) {
        String message = clean(error.getMessage());
        Throwable cause = error.getException();
        SourceRange subject = subject(error, file, lineOnePrefix);
        RenderDiagnostics summary;
        String detail;
        boolean fatal = error.getSeverity() == TemplateError.ErrorType.FATAL
                || error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR;
        ConfinedResourceLocator.OutsideRoot outside = find(cause, ConfinedResourceLocator.OutsideRoot.class);
        ResourceNotFoundException notFound = find(cause, ResourceNotFoundException.class);
        if (outside != null) {
            summary = RenderDiagnostics.TEMPLATE_OUTSIDE_THE_CONFIGURATION_DIRECTORY;
            detail = outside.getMessage();
        } else if (find(cause, ConfinedResourceLocator.Refused.class) != null) {
            summary = RenderDiagnostics.TEMPLATE_NESTED_TOO_DEEPLY;
            detail = find(cause, ConfinedResourceLocator.Refused.class).getMessage();
            fatal = true;
        } else if (notFound != null) {
            summary = RenderDiagnostics.TEMPLATE_NOT_FOUND;
            detail = notFound.getMessage();
        } else if (find(cause, UnknownTokenException.class) != null) {
            String expression =
                    message.replaceFirst("^Unknown token found: ", "").trim();
            summary = RenderDiagnostics.UNDEFINED_TEMPLATE_VARIABLE;
            detail = "\"" + expression + "\" uses a name, attribute or filter that is not defined. kiln renders"
                    + " strictly: parameters come from --params files and --param options; for an optional one"
                    + " write {{ x | default(...) }} or {% if x is defined %}.";
        } else if (message.startsWith(LiteralFilter.UNDEFINED)) {
            summary = RenderDiagnostics.UNDEFINED_TEMPLATE_VARIABLE;
            detail = message;
        } else if (METHOD.matcher(message).find()) {
            Matcher m = METHOD.matcher(message);
            m.find();
            summary = RenderDiagnostics.METHOD_CALL_NOT_ALLOWED;
            detail = "Templates cannot call the Java method \"" + m.group(1)
                    + "\". Use Jinja filters and tests instead.";
        } else if (find(cause, OutputTooBigException.class) != null
                || error.getReason() == TemplateError.ErrorReason.OUTPUT_TOO_BIG) {
            summary = RenderDiagnostics.RENDERED_OUTPUT_TOO_LARGE;
            detail = "Rendering stopped after " + limits.maxOutputBytes() + " bytes of output. Check loops for"
                    + " unintended repetition.";
            fatal = true;
        } else if (find(cause, TagCycleException.class) != null || message.contains("ycle detected")) {
            summary = RenderDiagnostics.RECURSIVE_TEMPLATE;
            detail = message + ". Templates cannot include, import or extend themselves, and macros cannot call"
                    + " themselves, directly or through others.";
            fatal = true;
        } else if (find(cause, InvalidInputException.class) != null
                || error.getReason() == TemplateError.ErrorReason.INVALID_INPUT
                || error.getReason() == TemplateError.ErrorReason.INVALID_ARGUMENT) {
            summary = RenderDiagnostics.INVALID_FILTER_INPUT;
            detail = sentence(message);
        } else if (error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR) {
            summary = RenderDiagnostics.TEMPLATE_SYNTAX_ERROR;
            detail = sentence(message);
        } else {
            summary = RenderDiagnostics.TEMPLATE_ERROR;
            detail = sentence(message);
        }
        return summary.of(fatal ? Severity.ERROR : Severity.WARNING, detail, subject, null);
    }

    /** The line of the error, from its column to the end of the tag or expression there. */
    private static SourceRange subject(TemplateError error, SourceFile file, int lineOnePrefix) {
        int line = error.getLineno();
        if (line < 1 || line > file.lineCount()) return SourceRange.at(file.name(), file.positionOf(0));
        String text = file.line(line);
        int lineStart = file.lineStart(line);
        int column = error.getStartPosition();
        if (line == 1) column -= lineOnePrefix;
        int from;
        if (column >= 1 && column <= text.length()) {
            from = column - 1;
        } else {
            String field = error.getFieldName();
            int found = field == null || field.isBlank() ? -1 : text.indexOf(field);
            from = found >= 0 ? found : leadingSpace(text);
        }
        int to = closerAfter(text, from);
        return file.range(lineStart + from, lineStart + Math.max(to, Math.min(from + 1, text.length())));
    }

    private static int closerAfter(String text, int from) {
        int best = -1;
        for (String closer : new String[] {"}}", "%}", "#}"}) {
            int at = text.indexOf(closer, from);
            if (at >= 0 && (best < 0 || at < best)) best = at + closer.length();
        }
        return best >= 0 ? best : text.length();
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i == text.length() ? 0 : i;
    }

    private static String clean(String message) {
        if (message == null || message.isBlank()) return "The template could not be rendered";
        String cleaned = EXCEPTION_PREFIX.matcher(message.strip()).replaceFirst("");
        // Jinjava prefixes errors found in other files with where they were; kiln shows that in the location.
        cleaned = cleaned.replaceFirst("^(?:Warning|Error) in `[^`]*` on line \\d+: ", "");
        return LineMarkers.strip(cleaned);
    }

    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
