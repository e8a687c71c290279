package dev.kiln.cli;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.LoadResult;
import dev.kiln.compiler.config.PackerRequirements.PluginRequirement;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.runtime.PackerComponents;
import dev.kiln.runtime.PluginCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import picocli.CommandLine;

/**
 * What {@code kiln init} and {@code kiln plugins} do: kiln's plugins are built in, so "installing"
 * a template's {@code required_plugins} means checking that kiln provides each one, and saying so.
 */
final class PluginRequirementsRun {

    private PluginRequirementsRun() {}

    /** {@code kiln init PATH}: 0 when every required plugin is built in, 1 naming the ones that are not. */
    static int init(String path, CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        LoadResult load = new ConfigLoader(PluginCatalog.BUILT_IN).load(Path.of(path));
        if (load.hasErrors()) return printErrors(load, err);
        List<PluginRequirement> required = load.template().packer().plugins();
        if (required.isEmpty()) {
            out.println("No plugins requirement found, make sure you reference a Packer config containing a"
                    + " packer.required_plugins block. See https://www.packer.io/docs/templates/hcl_templates/blocks/packer"
                    + " for more info.");
            out.flush();
            return ExitCode.OK;
        }
        List<String> missing = new ArrayList<>();
        for (PluginRequirement requirement : required) {
            String source = text(requirement.source());
            List<String> provided = PackerComponents.provided(PluginCatalog.BUILT_IN, source);
            if (provided.isEmpty()) {
                missing.add(requirement.localName() + " (" + source + ")");
            } else {
                out.println(source + " is built into kiln: " + String.join(", ", provided));
            }
        }
        out.flush();
        if (missing.isEmpty()) return ExitCode.OK;
        err.println("Error: kiln does not provide these required plugins: " + String.join(", ", missing) + ".");
        err.println("kiln has its plugins built in and cannot install others; see `kiln plugins installed`.");
        err.flush();
        return ExitCode.ERROR;
    }

    /** {@code kiln plugins installed}: each plugin kiln provides a part of, with its components. */
    static int installed(CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        SortedSet<String> sources = new TreeSet<>();
        for (PluginKind kind : PluginKind.values()) {
            for (String type : PluginCatalog.BUILT_IN.types(kind)) {
                PackerComponents.origin(kind, type).ifPresent(o -> sources.add(o.source()));
            }
        }
        for (String source : sources) {
            String label = source.equals(PackerComponents.CORE) ? "packer (core)" : source;
            out.println(label + " (built in): "
                    + String.join(", ", PackerComponents.provided(PluginCatalog.BUILT_IN, source)));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** {@code kiln plugins required PATH}: each {@code required_plugins} entry and whether kiln provides it. */
    static int required(String path, CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        LoadResult load = new ConfigLoader(PluginCatalog.BUILT_IN).load(Path.of(path));
        if (load.hasErrors()) return printErrors(load, commandLine.getErr());
        for (PluginRequirement requirement : load.template().packer().plugins()) {
            String source = text(requirement.source());
            boolean provided =
                    !PackerComponents.provided(PluginCatalog.BUILT_IN, source).isEmpty();
            out.println(requirement.localName() + " " + source + " " + text(requirement.version())
                    + (provided ? " (built into kiln)" : " (not provided by kiln)"));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static int printErrors(LoadResult load, PrintWriter err) {
        boolean colored = ColorChoice.enabled(true, System.getenv(), ColorChoice.onTerminal());
        new DiagnosticPrinter(err, colored).print(load.diagnostics(), load.files());
        return ExitCode.ERROR;
    }

    /** A requirement's string as written (the loader has checked it is a plain string). */
    private static String text(Expression expression) {
        if (expression instanceof Expression.Template t && t.literalText() != null) return t.literalText();
        return expression == null ? "" : expression.toString();
    }
}
