package dev.kiln.runtime.provisioner.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.communicator.FakeCommunicator;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTransferTest {

    @TempDir
    Path dir;

    private final RecordingUi ui = new RecordingUi();
    private final FakeCommunicator machine = new FakeCommunicator();

    private void run(String hcl) throws Exception {
        new FileTransfer(FileProvisionerConfig.decode(TestConfigs.values(FileProvisionerSchema.SCHEMA, hcl)))
                .provision(ui, machine, Map.of("ID", "i-123"));
    }

    @Test
    void fileToAFileOrIntoADirectoryWithATrailingSlash() throws Exception {
        Path app = Files.writeString(dir.resolve("app.sh"), "echo app");
        Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwxr-x---"));
        run("source = \"" + app + "\"\ndestination = \"/opt/run.sh\"\n");
        run("source = \"" + app + "\"\ndestination = \"/opt/bin/\"\n");
        assertEquals(List.of("upload: /opt/run.sh (750)", "upload: /opt/bin/app.sh (750)"), machine.log());
        assertEquals("echo app", machine.files().get("/opt/bin/app.sh").text());
        assertEquals(
                List.of("say: Uploading " + app + " => /opt/run.sh", "say: Uploading " + app + " => /opt/bin/"),
                ui.lines());
    }

    @Test
    void directoryWithoutTrailingSlashIsCopiedItselfWithOneItsContents() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/css"));
        Files.writeString(site.resolve("a.css"), "a");
        run("source = \"" + dir.resolve("site") + "\"\ndestination = \"/var/www\"\n");
        run("source = \"" + dir.resolve("site") + "/\"\ndestination = \"/srv\"\n");
        assertEquals(Map.of("/var/www/site/css/a.css", "a", "/srv/css/a.css", "a"), texts());
    }

    @Test
    void sourcesAndContent() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "A");
        Path b = Files.writeString(dir.resolve("b.txt"), "B");
        run("sources = [\"" + a + "\", \"" + b + "\"]\ndestination = \"/etc/\"\n");
        run("content = \"id={{ .ID }}\"\ndestination = \"/etc/motd\"\n");
        assertEquals(Map.of("/etc/a.txt", "A", "/etc/b.txt", "B", "/etc/motd", "id={{ .ID }}"), texts());
    }

    @Test
    void destinationTemplatesUseTheBuildsGeneratedData() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "A");
        run("source = \"" + a + "\"\ndestination = \"/tmp/{{ .ID }}.txt\"\n");
        assertEquals(Map.of("/tmp/i-123.txt", "A"), texts());
    }

    @Test
    void downloadsFilesAndDirectories() throws Exception {
        machine.put("/var/log/app.log", "log");
        machine.put("/etc/app/a.conf", "a");
        run("source = \"/var/log/app.log\"\ndestination = \"" + dir + "/logs/\"\ndirection = \"download\"\n");
        run("source = \"/var/log/app.log\"\ndestination = \"" + dir + "/deep/x.log\"\ndirection = \"download\"\n");
        run("source = \"/etc/app/\"\ndestination = \"" + dir + "/conf/\"\ndirection = \"download\"\n");
        assertEquals("log", Files.readString(dir.resolve("logs/app.log")));
        assertEquals("log", Files.readString(dir.resolve("deep/x.log")));
        assertEquals("a", Files.readString(dir.resolve("conf/a.conf")));
        assertEquals(
                "say: Downloading /var/log/app.log => " + dir + "/logs/",
                ui.lines().get(0));
    }

    @Test
    void failedDownloadIsReportedAndFails() {
        assertThrows(
                Exception.class,
                () -> run("source = \"/nope\"\ndestination = \"" + dir + "/x\"\ndirection = \"download\"\n"));
        assertEquals(
                "err: Download failed: scp: /nope: No such file or directory",
                ui.lines().get(1));
    }

    @Test
    void uploadSourcesMustExistUnlessGenerated() throws Exception {
        assertEquals(
                List.of("Bad source '/no/such': stat /no/such: no such file or directory"),
                TestConfigs.problems(FileProvisionerSchema.SCHEMA, "source = \"/no/such\"\ndestination = \"/x\"\n"));
        FileProvisionerConfig.decode(TestConfigs.values(
                FileProvisionerSchema.SCHEMA, "source = \"/no/such\"\ndestination = \"/x\"\ngenerated = true\n"));
    }

    @Test
    void schemaRulesCarryPackersMessages() throws IOException {
        String source = Files.writeString(dir.resolve("a"), "a").toString();
        assertEquals(
                List.of("Destination must be specified.", "Source must be specified."),
                TestConfigs.problems(FileProvisionerSchema.SCHEMA, ""));
        assertEquals(
                List.of("Direction must be one of: download, upload."),
                TestConfigs.problems(
                        FileProvisionerSchema.SCHEMA,
                        "source = \"" + source + "\"\ndestination = \"b\"\ndirection = \"up\"\n"));
        assertEquals(
                List.of("source(s) conflicts with content."),
                TestConfigs.problems(
                        FileProvisionerSchema.SCHEMA,
                        "source = \"" + source + "\"\ncontent = \"c\"\ndestination = \"b\"\n"));
    }

    private Map<String, String> texts() throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        machine.files().forEach((k, v) -> out.put(k, v.text()));
        return out;
    }
}
