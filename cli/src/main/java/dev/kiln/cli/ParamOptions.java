package dev.kiln.cli;

import dev.kiln.compiler.render.ParamArguments;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of the render stage, shared by every command that reads templates: parameter files,
 * single parameters and where to keep what was rendered. Only strings here, so picocli never loads
 * the render stage for commands that do not use it.
 */
final class ParamOptions {

    @Option(
            names = {"-params", "--params"},
            paramLabel = "[NAME=]FILE.json",
            description = "Parameters for *.j2 templates: the JSON object merges into params (later files win);"
                    + " NAME=FILE puts the file under params.NAME. Repeatable; // comments allowed.")
    List<String> params = new ArrayList<>();

    @Option(
            names = {"-param", "--param"},
            paramLabel = "KEY.PATH=VALUE",
            description =
                    "One parameter as a string (true, false and null are literals); wins over --params. Repeatable.")
    List<String> param = new ArrayList<>();

    @Option(
            names = {"-keep-rendered", "--keep-rendered"},
            paramLabel = "DIR",
            description = "Also write the rendered *.j2 files to DIR, for inspection.")
    String keepRendered;

    /** The parameters, for the compiler (which reads them only for a configuration with {@code .j2} files). */
    ParamArguments arguments() {
        return new ParamArguments(params, param);
    }
}
