package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln build} end to end with the null builder. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private CliRun build(String... args) throws Exception {
        return buildTemplate("""
                source "null" "one" {
                  communicator = "none"
                }
                source "null" "two" {
                  communicator = "none"
                }
                build {
                  sources = ["source.null.one", "source.null.two"]
                }
                """, args);
    }

    private CliRun buildTemplate(String template, String... args) throws Exception {
        Files.writeString(dir.resolve("main.pkr.hcl"), template);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = dir.toString();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), true, all);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void buildsEverySourceAndListsTheArtifacts() throws Exception {
        CliRun run = build("build", "-parallel-builds=1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out()
                        .startsWith(
                                "null.one: output will be in this color.\nnull.two: output will be in this color.\n\n"),
                run.out());
        assertTrue(run.out().contains("Build 'null.one' finished after "), run.out());
        assertTrue(run.out().endsWith("""
                ==> Builds finished. The artifacts of successful builds are:
                --> null.one: Did not export anything. This is the null builder
                --> null.two: Did not export anything. This is the null builder
                """), run.out());
    }

    @Test
    void machineReadableIsTakenFromAnywhereInTheArguments() throws Exception {
        CliRun run = build("build", "-only=*.two", "-machine-readable");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(",null.two,artifact,0,id,Null\n"), run.out());
        assertTrue(!run.out().contains("null.one"), run.out());
    }

    @Test
    void noSelectedBuildIsAnError() throws Exception {
        CliRun run = build("build", "-only=nothing");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("No builds to run"), run.err());
    }

    @Test
    void anUnknownOnErrorModeIsRejected() throws Exception {
        CliRun run = build("build", "-on-error=maybe");
        assertEquals(1, run.exit());
        assertEquals(
                "kiln build: invalid value \"maybe\" for flag -on-error: expected one of [cleanup abort ask run-cleanup-provisioner]\n",
                run.err());
    }

    @Test
    void dynamicProvisionersRunInSourceOrderWithTheirIterator() throws Exception {
        CliRun run = buildTemplate("""
                source "null" "a" {
                  communicator = "none"
                }
                build {
                  sources = ["source.null.a"]
                  provisioner "shell-local" {
                    inline = ["echo static-first"]
                  }
                  dynamic "provisioner" {
                    for_each = ["one", "two"]
                    labels   = ["shell-local"]
                    content {
                      inline = ["echo dyn-${provisioner.key}-${provisioner.value}-${build.PackerRunUUID != "" ? "run" : "none"}"]
                    }
                  }
                  dynamic "provisioner" {
                    for_each = { x = "three" }
                    iterator = it
                    labels   = ["shell-local"]
                    content {
                      only   = ["null.a"]
                      inline = ["echo dyn-${it.key}-${it.value}"]
                    }
                  }
                  provisioner "shell-local" {
                    inline = ["echo static-last"]
                  }
                }
                """, "build");
        assertEquals(0, run.exit(), run.err() + run.out());
        String out = run.out();
        int[] at = {
            out.indexOf("static-first"),
            out.indexOf("dyn-0-one-run"),
            out.indexOf("dyn-1-two-run"),
            out.indexOf("dyn-x-three"),
            out.indexOf("static-last")
        };
        for (int i = 0; i < at.length; i++) {
            assertTrue(at[i] >= 0 && (i == 0 || at[i] > at[i - 1]), "line " + i + " missing or out of order:\n" + out);
        }
    }
}
