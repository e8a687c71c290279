package dev.kiln.cli.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.engine.BuildOutcome;
import dev.kiln.runtime.spi.Artifact;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden outputs of the build UIs: terminal, colours, timestamps, machine-readable, the summary. */
class BuildUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.ofHours(2));
    private final StringWriter text = new StringWriter();
    private final Console console = new Console(
            new PrintWriter(text),
            new BufferedReader(new StringReader("")),
            new SecretMask(Set.of("hunter2", "s3cr3t-token")));

    private RunUis uis(boolean machine, boolean colored, boolean timestamped) {
        return new RunUis(console, machine, colored, timestamped, CLOCK);
    }

    private static Artifact artifact(String id, String description, List<Path> files) {
        return new Artifact() {
            public String builderId() {
                return "mitchellh.amazonebs";
            }

            public List<Path> files() {
                return files;
            }

            public String id() {
                return id;
            }

            public String description() {
                return description;
            }

            public Map<String, String> state() {
                return Map.of();
            }

            public void destroy() {}
        };
    }

    private List<BuildOutcome> outcomes() {
        return List.of(
                new BuildOutcome(
                        "amazon-ebs.ubuntu",
                        0,
                        Duration.ofSeconds(182),
                        List.of(artifact("us-east-1:ami-0123", "AMIs were created:\nus-east-1: ami-0123\n", List.of())),
                        Optional.empty(),
                        false),
                new BuildOutcome(
                        "null.local",
                        1,
                        Duration.ofMillis(1500),
                        List.of(),
                        Optional.of("Script exited, password hunter2"),
                        false));
    }

    private void printRun(RunUis uis) {
        uis.build("amazon-ebs.ubuntu", 0).say("Launching a source AWS instance...\nsecond line");
        uis.build("null.local", 1).output("token is s3cr3t-token");
        uis.build("null.local", 1).error("Script exited, password hunter2");
        uis.postProcessor("amazon-ebs.ubuntu", 0, "manifest").say("Writing a, b and c");
        RunSummary summary = new RunSummary(uis);
        outcomes().forEach(summary::buildFinished);
        summary.finish(outcomes(), Duration.ofSeconds(183), false);
    }

    @Test
    void terminal() {
        printRun(uis(false, false, false));
        assertEquals("""
                ==> amazon-ebs.ubuntu: Launching a source AWS instance...
                ==> amazon-ebs.ubuntu: second line
                ==> null.local: token is <sensitive>
                ==> null.local: Script exited, password <sensitive>
                ==> amazon-ebs.ubuntu (manifest): Writing a, b and c
                Build 'amazon-ebs.ubuntu' finished after 3 minutes 2 seconds.
                Build 'null.local' errored after 1 second 500 milliseconds: Script exited, password <sensitive>

                ==> Wait completed after 3 minutes 3 seconds

                ==> Some builds didn't complete successfully and had errors:
                --> null.local: Script exited, password <sensitive>

                ==> Builds finished. The artifacts of successful builds are:
                --> amazon-ebs.ubuntu: AMIs were created:
                us-east-1: ami-0123

                """, text.toString());
    }

    @Test
    void colouredAndTimestamped() {
        RunUis uis = uis(false, true, true);
        uis.build("a.b", 0).say("hello");
        uis.build("c.d", 1).say("hi");
        uis.build("c.d", 4).say("blue");
        uis.build("c.d", 5).say("green again");
        uis.build("c.d", 1).error("bad");
        uis.global().say("plain");
        assertEquals("""
                \033[1;32m2024-05-01T12:00:00+02:00: ==> a.b: hello\033[0m
                \033[1;36m2024-05-01T12:00:00+02:00: ==> c.d: hi\033[0m
                \033[1;34m2024-05-01T12:00:00+02:00: ==> c.d: blue\033[0m
                \033[1;32m2024-05-01T12:00:00+02:00: ==> c.d: green again\033[0m
                \033[1;31m2024-05-01T12:00:00+02:00: ==> c.d: bad\033[0m
                plain
                """, text.toString());
    }

    @Test
    void machineReadable() {
        printRun(uis(true, true, true));
        String t = "1714557600";
        assertEquals(
                String.join(
                        "\n",
                        t
                                + ",,ui,say,==> amazon-ebs.ubuntu: Launching a source AWS instance...\\n==> amazon-ebs.ubuntu: second line",
                        t + ",,ui,say,==> null.local: token is <sensitive>",
                        t + ",,ui,error,==> null.local: Script exited%!(PACKER_COMMA) password <sensitive>",
                        t + ",,ui,say,==> amazon-ebs.ubuntu (manifest): Writing a%!(PACKER_COMMA) b and c",
                        t + ",,ui,say,Build 'amazon-ebs.ubuntu' finished after 3 minutes 2 seconds.",
                        t
                                + ",,ui,error,Build 'null.local' errored after 1 second 500 milliseconds: Script exited%!(PACKER_COMMA) password <sensitive>",
                        t + ",,ui,say,\\n==> Wait completed after 3 minutes 3 seconds",
                        t + ",,error-count,1",
                        t + ",,ui,error,\\n==> Some builds didn't complete successfully and had errors:",
                        t + ",null.local,error,Script exited%!(PACKER_COMMA) password <sensitive>",
                        t + ",,ui,error,--> null.local: Script exited%!(PACKER_COMMA) password <sensitive>",
                        t + ",,ui,say,\\n==> Builds finished. The artifacts of successful builds are:",
                        t + ",amazon-ebs.ubuntu,artifact-count,1",
                        t + ",amazon-ebs.ubuntu,artifact,0,builder-id,mitchellh.amazonebs",
                        t + ",amazon-ebs.ubuntu,artifact,0,id,us-east-1:ami-0123",
                        t + ",amazon-ebs.ubuntu,artifact,0,string,AMIs were created:\\nus-east-1: ami-0123\\n",
                        t + ",amazon-ebs.ubuntu,artifact,0,files-count,0",
                        t + ",amazon-ebs.ubuntu,artifact,0,end",
                        t + ",,ui,say,--> amazon-ebs.ubuntu: AMIs were created:\\nus-east-1: ami-0123\\n",
                        ""),
                text.toString());
    }

    @Test
    void interruptedRunAndNoArtifacts() {
        RunSummary summary = new RunSummary(uis(false, false, false));
        summary.finish(List.of(), Duration.ofMillis(5), true);
        new RunSummary(uis(false, false, false)).finish(List.of(), Duration.ofMinutes(61), false);
        assertEquals("""

                ==> Wait completed after 5 milliseconds
                Cleanly cancelled builds after being interrupted.

                ==> Wait completed after 1 hour 1 minute

                ==> Builds finished but no artifacts were created.
                """, text.toString());
    }

    @Test
    void durationsKeepTheFirstTwoUnits() {
        assertEquals("16 milliseconds 531 microseconds", Durafmt.format(Duration.ofNanos(16_531_400)));
        assertEquals("3 minutes", Durafmt.format(Duration.ofMinutes(3)));
        assertEquals("1 day 2 hours", Durafmt.format(Duration.ofHours(26).plusSeconds(5)));
        assertEquals("0 seconds", Durafmt.format(Duration.ZERO));
    }

    @Test
    void machineReadableMasksSecretsBeforeEscapingCommas() {
        StringWriter text = new StringWriter();
        Console withComma = new Console(
                new PrintWriter(text, true),
                new BufferedReader(new StringReader("")),
                new SecretMask(Set.of("a,b-secret")));
        new MachineReadableUi(withComma, "null.x", CLOCK).say("the value is a,b-secret, ok");
        assertEquals("1714557600,,ui,say,==> null.x: the value is <sensitive>%!(PACKER_COMMA) ok\n", text.toString());
    }
}
