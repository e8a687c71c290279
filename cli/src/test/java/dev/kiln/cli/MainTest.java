package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes and messages of the root command, run in-process. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(boolean debug, String... args) {
        return commandLine(debug).execute(args);
    }

    private CommandLine commandLine(boolean debug, Object... extraCommands) {
        CommandLine cmd = Main.commandLineFor(new KilnCommand(), new String[0]);
        for (Object extra : extraCommands) {
            cmd.addSubcommand(extra);
        }
        return Main.configure(cmd, new PrintWriter(out, true), new PrintWriter(err, true), debug);
    }

    @Test
    void versionFlagsAndSubcommandPrintTheSameLine() {
        for (String arg : new String[] {"-v", "-version", "--version", "version"}) {
            out.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, run(false, arg), arg);
            assertEquals(KilnVersion.LINE + System.lineSeparator(), out.toString(), arg);
        }
    }

    @Test
    void helpExitsZeroAndListsCommands() {
        for (String arg : new String[] {"-h", "-help", "--help"}) {
            out.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, run(false, arg), arg);
            assertTrue(out.toString().contains("Available commands are:"), out.toString());
            assertTrue(out.toString().contains("version"), out.toString());
        }
    }

    @Test
    void subcommandsInheritHelp() {
        assertEquals(ExitCode.OK, run(false, "version", "-help"));
        assertTrue(out.toString().startsWith("Usage: kiln version"), out.toString());
    }

    @Test
    void missingCommandPrintsCommandListAndExits127() {
        assertEquals(ExitCode.UNKNOWN_COMMAND, run(false));
        assertTrue(out.toString().contains("Available commands are:"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void unknownCommandPrintsCommandListAndExits127() {
        assertEquals(ExitCode.UNKNOWN_COMMAND, run(false, "bogus", "x.pkr.hcl"));
        assertTrue(out.toString().contains("Available commands are:"), out.toString());
        assertTrue(err.toString().contains("unknown command 'bogus'"), err.toString());
    }

    @Test
    void unknownOptionIsOneLinePlusHint() {
        assertEquals(ExitCode.ERROR, run(false, "version", "--nope"));
        String[] lines = err.toString().split("\\R");
        assertEquals("kiln version: Unknown option: '--nope'", lines[0]);
        assertEquals("Run 'kiln version -help' for usage.", lines[lines.length - 1]);
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void flagsBeforeTheCommandAreErrors() {
        assertEquals(ExitCode.ERROR, run(false, "-check", "version"));
    }

    @Test
    void bothFlagSpellingsAreAccepted() {
        Flags flags = new Flags();
        CommandLine cmd = commandLine(false, flags);
        assertEquals(ExitCode.OK, cmd.execute("flags", "-check", "-var", "a=1", "--var=b=2", "-color=false"));
        assertTrue(flags.check);
        assertEquals(java.util.List.of("a=1", "b=2"), flags.vars);
        assertFalse(flags.color);
        assertEquals(ExitCode.OK, cmd.execute("flags", "--check"));
    }

    @Test
    void escapedExceptionIsAnInternalErrorWithoutTrace() {
        CommandLine cmd = commandLine(false, new Boom());
        assertEquals(ExitCode.INTERNAL_ERROR, cmd.execute("boom", "x.pkr.hcl"));
        assertTrue(
                err.toString()
                        .startsWith(
                                "kiln: internal error while reading x.pkr.hcl: java.lang.IllegalStateException: bang"),
                err.toString());
        assertTrue(err.toString().contains("a bug in kiln") && err.toString().contains("KILN_DEBUG=1"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    /** A stack overflow or out-of-memory error, which picocli lets through, gets the same one line and 70 (#15). */
    @Test
    void escapedErrorIsAnInternalErrorToo() {
        CommandLine cmd = commandLine(false, new Boom());
        assertEquals(ExitCode.INTERNAL_ERROR, cmd.execute("boom", "overflow"));
        assertTrue(
                err.toString().startsWith("kiln: internal error while reading overflow: java.lang.StackOverflowError"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void debugShowsTheTrace() {
        CommandLine cmd = commandLine(true, new Boom());
        assertEquals(ExitCode.INTERNAL_ERROR, cmd.execute("boom"));
        assertTrue(err.toString().contains("\tat dev.kiln.cli.MainTest$Boom.call"), err.toString());
    }

    /** A command with flags declared the way docs/cli.md asks. */
    @Command(name = "flags")
    static final class Flags implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Option(names = {"-check", "--check"})
        boolean check;

        @CommandLine.Option(names = {"-var", "--var"})
        java.util.List<String> vars;

        @CommandLine.Option(
                names = {"-color", "--color"},
                arity = "0..1",
                defaultValue = "true")
        boolean color;

        @Override
        public Integer call() {
            return 0;
        }
    }

    /** A command with a bug. */
    @Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Parameters(arity = "0..1", defaultValue = "x.pkr.hcl")
        String path;

        @Override
        public Integer call() {
            if (path.equals("overflow")) throw new StackOverflowError();
            throw new IllegalStateException("bang");
        }
    }
}
