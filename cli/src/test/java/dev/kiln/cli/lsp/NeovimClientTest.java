package dev.kiln.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: headless Neovim (installed by scripts/test; its absence fails this test) starts
 * {@code kiln lsp}, opens a template and reports {@code vim.diagnostic.get()}.
 */
class NeovimClientTest {

    @TempDir
    Path dir;

    @Test
    void neovimShowsKilnsDiagnostics() throws Exception {
        Path template = dir.resolve("main.pkr.hcl");
        Files.writeString(template, "# é😀\nsource \"null\" \"x\" {\n  communicatr = \"none\"\n}\n");
        Path script = dir.resolve("check.lua");
        try (var in = NeovimClientTest.class.getResourceAsStream("/lsp/neovim-diagnostics.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path result = dir.resolve("result.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "[\"" + java + "\",\"-cp\",\"" + System.getProperty("java.class.path")
                + "\",\"dev.kiln.cli.Main\",\"lsp\"]";
        ProcessBuilder nvim = new ProcessBuilder(
                        "nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile " + script)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nvim.log").toFile());
        nvim.environment().put("KILN_TEMPLATE", template.toString());
        nvim.environment().put("KILN_LSP_CMD", command);
        nvim.environment().put("KILN_RESULT", result.toString());
        Process process = nvim.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) process.destroyForcibly();
        assertTrue(ended, "nvim did not finish within 60 s");
        List<String> lines = Files.readAllLines(result);
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("2:2 ") && line.contains("\"communicatr\"")),
                String.join("\n", lines));
        assertEquals(0, process.exitValue());
    }
}
