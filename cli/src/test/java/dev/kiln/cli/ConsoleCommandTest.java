package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiln console} driven in-process with standard input from a string. */
class ConsoleCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String input, String... args) {
        ConsoleCommand console = new ConsoleCommand();
        console.stdin = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        console.interactive = false;
        CommandLine consoleLine = new CommandLine(console);
        Main.configure(consoleLine, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return consoleLine.execute(args);
    }

    @Test
    void evaluatesEachLineAndPrintsAsPacker() {
        assertEquals(ExitCode.OK, run("1/3\nupper(\"kiln\")\n[for x in [1, 2] : x * 2]\n\n{a = true}\n"));
        assertEquals("0.3333333333333333\nKILN\n[\n  2,\n  4,\n]\n{\n  \"a\" = true\n}\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void failedLinesGoToStderrAndExitOneButLaterLinesStillRun() {
        assertEquals(ExitCode.ERROR, run("nope\n1 + 1\n"));
        assertEquals("2\n", out.toString());
        assertTrue(err.toString().startsWith("Error: Unknown variable\n"), err.toString());
        assertTrue(err.toString().contains("There is no variable named \"nope\"."), err.toString());
    }

    @Test
    void exitStopsReading() {
        assertEquals(ExitCode.OK, run("1\nexit\nnope\n"));
        assertEquals("1\n", out.toString());
    }

    @Test
    void helpListsFunctionsAndDescribesOne() {
        assertEquals(ExitCode.OK, run("help\nhelp upper\n"));
        assertTrue(out.toString().contains("  upper "), out.toString());
        assertTrue(out.toString().contains("upper(str string"), out.toString());
        assertEquals(ExitCode.ERROR, run("help uper\n"));
        assertTrue(err.toString().contains("Did you mean \"upper\"?"), err.toString());
    }

    @Test
    void variablesWithoutTemplateAreEmpty() {
        assertEquals(ExitCode.OK, run("variables\nvar\npath.cwd != \"\"\n"));
        assertEquals("> input-variables:\n\n\n> local-variables:\n\n\n{}\ntrue\n", out.toString());
    }

    @Test
    void templateVariablesAndLocalsAreInScope(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.pkr.hcl"), """
                variable "name" {
                  default = "kiln"
                }
                variable "secret" {
                  type      = string
                  default   = "hunter2"
                  sensitive = true
                }
                variable "unset" {
                  type = string
                }
                locals {
                  greeting = "hello ${var.name}"
                }
                """);
        assertEquals(
                ExitCode.OK, run("local.greeting\nupper(var.name)\nvar.unset\n", "-var", "name=world", dir.toString()));
        assertEquals("hello world\nWORLD\n<unknown>\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void brokenTemplateIsReportedAndExitsOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.pkr.hcl"), "locals {\n  a = 1 b = 2\n}\n");
        assertEquals(ExitCode.ERROR, run("1\n", dir.toString()));
        assertTrue(err.toString().contains("Missing newline after argument"), err.toString());
    }

    @Test
    void variablesNeedATemplate() {
        assertEquals(ExitCode.ERROR, run("1\n", "-var", "a=b"));
        assertTrue(err.toString().contains("No template for -var and -var-file"), err.toString());
    }
}
