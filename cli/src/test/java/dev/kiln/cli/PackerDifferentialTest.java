package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * kiln side by side with Packer on a corpus of templates, {@code differential/expectations.txt}:
 * one line per template with its kiln arguments, the verdict kiln must give, the verdict Debian's
 * Packer 1.6.6 gives ({@code n/a} where 1.6.6 predates what the template uses) and, wherever the
 * two differ, the reason. Both verdicts are recorded, so the test never depends on timing; Packer
 * runs only where it is installed ({@code scripts/test} installs it). Every difference must be in
 * {@code docs/packer-differences.md}, so that page stays true.
 */
class PackerDifferentialTest {

    private static final Path ROOT = Path.of("..");
    private static final Path EXPECTATIONS = Path.of("src", "test", "resources", "differential", "expectations.txt");
    private static final Path DIFFERENCES = ROOT.resolve("docs").resolve("packer-differences.md");

    /** One template of the corpus. */
    record Entry(String path, List<String> args, String kiln, String packer, String reason, int line) {
        String name() {
            return path + " (" + String.join(" ", args) + ")";
        }

        boolean differs() {
            return !kiln.equals(packer);
        }
    }

    @TestFactory
    Stream<DynamicTest> kilnGivesTheRecordedVerdict() throws IOException {
        return entries().stream()
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    CliRun run = CliRun.of(e.args().toArray(String[]::new));
                    assertEquals(
                            e.kiln(),
                            run.exit() == 0 ? "valid" : "invalid",
                            () -> "expectations.txt line " + e.line() + ": kiln " + String.join(" ", e.args()) + "\n"
                                    + run.out() + run.err());
                }));
    }

    @TestFactory
    Stream<DynamicTest> packerGivesTheRecordedVerdict() throws IOException {
        boolean installed = packerInstalled();
        return entries().stream()
                .filter(e -> !e.packer().equals("n/a"))
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    org.junit.jupiter.api.Assumptions.assumeTrue(
                            installed, "packer is not installed (scripts/test installs it)");
                    List<String> command = new ArrayList<>(List.of("packer"));
                    command.addAll(e.args());
                    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                    builder.environment().put("CHECKPOINT_DISABLE", "1");
                    Process process = builder.start();
                    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "packer did not finish within 60s");
                    assertEquals(
                            e.packer(),
                            process.exitValue() == 0 ? "valid" : "invalid",
                            () -> "expectations.txt line " + e.line() + ": packer " + String.join(" ", e.args()) + "\n"
                                    + output);
                }));
    }

    @Test
    void theCorpusIsLargeAndEveryDifferenceIsExplainedInTheDocs() throws IOException {
        List<Entry> entries = entries();
        assertTrue(entries.size() >= 60, "the corpus has " + entries.size() + " templates; it needs at least 60");
        String docs = Files.readString(DIFFERENCES);
        for (Entry e : entries) {
            if (!e.differs()) continue;
            assertFalse(e.reason().isEmpty(), "expectations.txt line " + e.line() + ": a difference needs a reason");
            assertTrue(docs.contains("`" + e.path() + "`"), "docs/packer-differences.md does not list " + e.path());
        }
    }

    private static boolean packerInstalled() {
        try {
            Process p = new ProcessBuilder("packer", "version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The corpus: {@code PATH | ARGS | kiln | packer-1.6.6 | reason}, {@code $P} in ARGS standing for the path. */
    static List<Entry> entries() throws IOException {
        List<String> lines = Files.readAllLines(EXPECTATIONS);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] fields = line.split("\\|", -1);
            if (fields.length != 5)
                throw new IllegalStateException("expectations.txt line " + (i + 1) + ": 5 fields needed");
            String path = fields[0].strip();
            String where = ROOT.resolve(path).toString();
            if (!Files.exists(ROOT.resolve(path)))
                throw new IllegalStateException("expectations.txt line " + (i + 1) + ": no " + path);
            List<String> args = new ArrayList<>();
            for (String arg : fields[1].strip().split("\\s+")) args.add(arg.replace("$P", where));
            String kiln = verdict(fields[2], i);
            String packer = fields[3].strip().equals("n/a") ? "n/a" : verdict(fields[3], i);
            entries.add(new Entry(path, args, kiln, packer, fields[4].strip(), i + 1));
        }
        return entries;
    }

    private static String verdict(String field, int index) {
        String v = field.strip();
        if (!v.equals("valid") && !v.equals("invalid")) {
            throw new IllegalStateException(
                    "expectations.txt line " + (index + 1) + ": verdict must be valid or invalid, not " + v);
        }
        return v;
    }
}
