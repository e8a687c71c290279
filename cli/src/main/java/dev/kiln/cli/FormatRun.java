package dev.kiln.cli;

import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.fmt.HclFormatter;
import dev.kiln.compiler.fmt.UnifiedDiff;
import dev.kiln.compiler.source.ConfigFileNames;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code kiln fmt} does, as {@code packer fmt} does it: each named file, or each template and
 * variable file of a named directory, is parsed (a file with syntax errors is reported and left
 * alone), formatted, and, if that changed it, listed, rewritten and/or shown as a diff.
 */
final class FormatRun {

    /** Whether any file could not be formatted, and whether any file needed formatting. */
    record Result(boolean failed, boolean changed) {}

    private final PrintWriter out;
    private final DiagnosticPrinter diagnostics;
    private final InputStream stdin;
    private final boolean write;
    private final boolean diff;
    private final boolean recursive;
    private boolean failed;
    private boolean changed;

    FormatRun(
            PrintWriter out,
            DiagnosticPrinter diagnostics,
            InputStream stdin,
            boolean write,
            boolean diff,
            boolean recursive) {
        this.out = out;
        this.diagnostics = diagnostics;
        this.stdin = stdin;
        this.write = write;
        this.diff = diff;
        this.recursive = recursive;
    }

    Result format(List<String> paths) {
        for (String path : paths) {
            if (path.equals("-")) {
                formatStdin();
            } else {
                formatPath(Paths.get(path), true);
            }
        }
        out.flush();
        return new Result(failed, changed);
    }

    private void formatPath(Path path, boolean named) {
        if (Files.isDirectory(path)) {
            formatDirectory(path);
        } else if (!Files.exists(path)) {
            error(CliDiagnostics.CANNOT_READ.with(path), "There is no file or directory at " + path + ".");
        } else if (!ConfigFileNames.isFormattable(path)) {
            error(
                    CliDiagnostics.FILE_IS_NOT_A_HCL_FILE.with(path),
                    "kiln fmt formats Packer templates (*.pkr.hcl) and variable files (*.pkrvars.hcl).");
        } else {
            formatFile(path);
        }
    }

    private void formatDirectory(Path directory) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            error(CliDiagnostics.CANNOT_READ_HCL_DIRECTORY, "Reading " + directory + " failed: " + e.getMessage());
            return;
        }
        for (Path entry : entries) {
            if (ConfigFileNames.isIgnoredInWalk(entry)) continue;
            if (Files.isDirectory(entry)) {
                if (recursive) formatDirectory(entry);
            } else if (ConfigFileNames.isFormattable(entry)) {
                formatFile(entry);
            }
        }
    }

    private void formatFile(Path path) {
        SourceFile source;
        try {
            source = SourceFile.read(path, path.toString());
        } catch (IOException e) {
            error(CliDiagnostics.CANNOT_READ.with(path), e.getMessage());
            return;
        }
        String original;
        try {
            original = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            error(CliDiagnostics.CANNOT_READ.with(path), e.getMessage());
            return;
        }
        String formatted = formatted(source);
        if (formatted == null || formatted.equals(original)) return;
        changed = true;
        out.println(path);
        if (write) {
            try {
                Files.writeString(path, formatted, StandardCharsets.UTF_8);
            } catch (IOException e) {
                error(CliDiagnostics.CANNOT_WRITE.with(path), e.getMessage());
            }
        }
        if (diff) out.print(UnifiedDiff.ofFormatting(path.toString(), original, formatted));
    }

    private void formatStdin() {
        String original;
        try {
            original = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            error(CliDiagnostics.CANNOT_READ_STANDARD_INPUT, e.getMessage());
            return;
        }
        String formatted = formatted(new SourceFile("<stdin>", original));
        if (formatted == null) return;
        if (!formatted.equals(original)) changed = true;
        // As Packer: stdin is echoed formatted unless this is only a check of a file that changed.
        if (write || formatted.equals(original)) out.print(formatted);
    }

    /** The formatted text, or null (with the syntax errors printed) when the file does not parse. */
    private String formatted(SourceFile source) {
        ParseResult parsed = HclParser.parse(source);
        if (parsed.hasErrors()) {
            ParsedFiles files = new ParsedFiles();
            files.add(parsed.file());
            diagnostics.print(parsed.diagnostics(), files);
            failed = true;
            return null;
        }
        return HclFormatter.format(source);
    }

    private void error(DiagnosticKind kind, String detail) {
        failed = true;
        diagnostics.print(List.of(kind.error(detail, null)), new ParsedFiles());
    }
}
