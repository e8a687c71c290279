package dev.kiln.cli.report;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.SourceLookup;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands, which the Actions runner turns into
 * annotations on the pull request: {@code ::error file=F,line=L,col=C,endLine=..,endColumn=..,title=SUMMARY [CODE]::DETAIL}.
 */
public final class GithubReport {

    private GithubReport() {}

    /** One workflow command line per diagnostic. */
    public static String of(List<Diagnostic> diagnostics, SourceLookup sources) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append("::").append(diagnostic.isError() ? "error" : "warning").append(' ');
            SourceRange range = diagnostic.subject();
            if (range != null) {
                out.append("file=")
                        .append(property(range.file()))
                        .append(",line=")
                        .append(range.start().line())
                        .append(",col=")
                        .append(Positions.utf16Column(range.start(), range.file(), sources))
                        .append(",endLine=")
                        .append(range.end().line())
                        .append(",endColumn=")
                        .append(Positions.utf16Column(range.end(), range.file(), sources))
                        .append(',');
            }
            out.append("title=")
                    .append(property(diagnostic.summary() + " [" + diagnostic.code() + "]"))
                    .append("::")
                    .append(data(diagnostic.detail().isEmpty() ? diagnostic.summary() : diagnostic.detail()))
                    .append('\n');
        }
        return out.toString();
    }

    /** The escaping the runner undoes in a command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping the runner undoes in a command's properties. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
