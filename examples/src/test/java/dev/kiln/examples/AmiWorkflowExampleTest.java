package dev.kiln.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The templated-template example validates with its workflow and step parameters, exactly as the README shows. */
class AmiWorkflowExampleTest {

    @Test
    void validatesWithWorkflowAndStepParameters() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out), new PrintWriter(err), true)
                .execute(
                        "validate",
                        "-syntax-only",
                        "--params",
                        "workflow=ami-workflow/workflow_param.json",
                        "--params",
                        "step=ami-workflow/base-image/step_param.json",
                        "ami-workflow/base-image");
        assertEquals(0, exit, out + err.toString());
    }
}
