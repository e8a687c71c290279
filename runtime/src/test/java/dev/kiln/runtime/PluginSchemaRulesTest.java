package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.runtime.builder.amazon.AmazonEbsSchema;
import dev.kiln.runtime.builder.file.FileSchema;
import dev.kiln.runtime.builder.nullbuilder.NullSchema;
import dev.kiln.runtime.datasource.amazonami.AmazonAmiSchema;
import dev.kiln.runtime.postprocessor.artifice.ArtificeSchema;
import dev.kiln.runtime.postprocessor.checksum.ChecksumSchema;
import dev.kiln.runtime.provisioner.file.FileProvisionerSchema;
import dev.kiln.runtime.provisioner.shell.ShellSchema;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each plugin schema's validation rules, with Packer's messages. */
class PluginSchemaRulesTest {

    // Scripts, upload sources and user_data_file must exist at validate time; rules about other options get real files.
    @TempDir
    Path dir;

    private String existing(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x").toString();
    }

    private static final String EBS_OK = """
            ami_name      = "web-1"
            source_ami    = "ami-123"
            instance_type = "t3.micro"
            ssh_username  = "ubuntu"
            """;

    @Test
    void amazonEbsHasEveryOptionOfThePlugin() {
        int keys = AmazonEbsSchema.SCHEMA.attributes().size()
                + AmazonEbsSchema.SCHEMA.blockTypes().size();
        assertEquals(156, keys);
    }

    @Test
    void everyOptionHasADescription() {
        for (PluginKind kind : PluginKind.values()) {
            for (String type : PluginCatalog.BUILT_IN.types(kind)) {
                BlockSchema schema = PluginCatalog.BUILT_IN.schema(kind, type).orElseThrow();
                assertTrue(!schema.description().isEmpty(), type);
                schema.attributes().forEach(a -> assertTrue(!a.description().isEmpty(), type + "." + a.name()));
            }
        }
    }

    @Test
    void amazonEbsValidConfigurationHasNoProblems() {
        assertEquals(List.of(), SchemaCheck.problems(AmazonEbsSchema.SCHEMA, EBS_OK));
    }

    @Test
    void amazonEbsRequiredOptions() {
        assertEquals(
                List.of(
                        "An ssh_username must be specified\n  Note: some builders used to default ssh_username to \"root\".",
                        "ami_name must be specified",
                        "A source_ami or source_ami_filter must be specified",
                        // Packer checks SourceAmiFilter.NoOwner() whenever source_ami is empty, so an absent filter
                        // also says this.
                        "For security reasons, your source AMI filter must declare an owner.",
                        "either instance_type or spot_instance_types must be specified"),
                SchemaCheck.problems(AmazonEbsSchema.SCHEMA, ""));
    }

    @Test
    void amazonEbsExclusiveOptionsAndValues() throws IOException {
        assertEquals(
                List.of(
                        "ami_name must be between 3 and 128 characters long",
                        "either instance_type or spot_instance_types must be specified, not both",
                        "Only one of user_data or user_data_file can be specified.",
                        "shutdown_behavior only accepts 'stop' or 'terminate' values.",
                        "Unknown interface type: carrier_pigeon",
                        "block_duration_minutes must be multiple of 60",
                        "The specified volume type gp9 is not valid.",
                        "http_put_response_hop_limit requires a number between 1 and 64"),
                SchemaCheck.problems(AmazonEbsSchema.SCHEMA, """
                        ami_name            = "ab"
                        source_ami          = "ami-1"
                        instance_type       = "t3.micro"
                        spot_instance_types = ["t3.micro"]
                        ssh_username        = "u"
                        user_data           = "x"
                        user_data_file      = "%s"
                        shutdown_behavior   = "halt"
                        ssh_interface       = "carrier_pigeon"
                        block_duration_minutes = 61
                        launch_block_device_mappings {
                          device_name = "/dev/sda1"
                          volume_type = "gp9"
                        }
                        metadata_options {
                          http_put_response_hop_limit = 65
                        }
                        """.formatted(existing("y"))));
    }

    @Test
    void amazonEbsSourceAmiFilterNeedsAnOwner() {
        assertEquals(
                List.of("For security reasons, your source AMI filter must declare an owner."),
                SchemaCheck.problems(AmazonEbsSchema.SCHEMA, """
                        ami_name = "web"
                        instance_type = "t3.micro"
                        ssh_username = "u"
                        source_ami_filter {
                          most_recent = true
                        }
                        """));
    }

    @Test
    void unknownValuesPassTypeChecksAndRules() {
        // data.amazon-ami.x.id is unknown under validate: no rule may fail because of it.
        assertEquals(List.of(), SchemaCheck.problems(AmazonEbsSchema.SCHEMA, """
                ami_name      = local.name
                source_ami    = data.amazon-ami.x.id
                instance_type = var.type
                ssh_username  = "ubuntu"
                deprecate_at  = data.x.y
                """));
    }

    @Test
    void typeMismatchesAreReportedAtTheValue() {
        assertEquals(
                List.of(
                        "Incorrect attribute value type: Inappropriate value for attribute \"ami_users\": list of string required."),
                SchemaCheck.problems(AmazonEbsSchema.SCHEMA, EBS_OK + "ami_users = \"123\"\n"));
    }

    @Test
    void shellNeedsExactlyOneSource() throws IOException {
        assertEquals(
                List.of("Either a script file or inline script must be specified."),
                SchemaCheck.problems(ShellSchema.SCHEMA, ""));
        assertEquals(
                List.of(
                        "Only one of script or scripts can be specified.",
                        "Only a script file or an inline script can be specified, not both."),
                SchemaCheck.problems(
                        ShellSchema.SCHEMA,
                        "inline = [\"a\"]\nscript = \"" + existing("x.sh") + "\"\nscripts = [\"" + existing("y.sh")
                                + "\"]\n"));
        assertEquals(
                List.of("Environment variable not in format 'key=value': NOPE"),
                SchemaCheck.problems(ShellSchema.SCHEMA, "inline = [\"a\"]\nenvironment_vars = [\"A=1\", \"NOPE\"]\n"));
    }

    @Test
    void fileProvisionerRules() throws IOException {
        assertEquals(
                List.of("Destination must be specified.", "Source must be specified."),
                SchemaCheck.problems(FileProvisionerSchema.SCHEMA, ""));
        assertEquals(
                List.of("Direction must be one of: download, upload.", "source(s) conflicts with content."),
                SchemaCheck.problems(
                        FileProvisionerSchema.SCHEMA,
                        "source = \"" + existing("a")
                                + "\"\ncontent = \"b\"\ndestination = \"/tmp\"\ndirection = \"sideways\"\n"));
    }

    @Test
    void missingLocalFilesAreReportedWithPackersMessages() {
        assertEquals(
                List.of("Bad script '/no/such/x.sh': stat /no/such/x.sh: no such file or directory"),
                SchemaCheck.problems(ShellSchema.SCHEMA, "script = \"/no/such/x.sh\"\n"));
        assertEquals(
                List.of("Bad source '/no/such/a': stat /no/such/a: no such file or directory"),
                SchemaCheck.problems(
                        FileProvisionerSchema.SCHEMA, "source = \"/no/such/a\"\ndestination = \"/tmp\"\n"));
        assertEquals(
                List.of("user_data_file not found: /no/such/y"),
                SchemaCheck.problems(AmazonEbsSchema.SCHEMA, EBS_OK + "user_data_file = \"/no/such/y\"\n"));
    }

    @Test
    void shellLocalRules() {
        assertEquals(
                List.of("Command, Inline, Script and Scripts options cannot all be empty."),
                SchemaCheck.problems(ShellLocalSchema.SCHEMA, ""));
        assertEquals(
                List.of(
                        "You may only specify one of the following options: Command, Inline, Script or Scripts."
                                + " Please consolidate these options in your config.",
                        "Invalid OS specified in only_on: 'beos'\nSupported OS names: darwin, freebsd, linux, openbsd, solaris, windows"),
                SchemaCheck.problems(
                        ShellLocalSchema.SCHEMA,
                        "command = \"a\"\ninline = [\"b\"]\nonly_on = [\"linux\", \"beos\"]\n"));
    }

    @Test
    void postProcessorAndDataSourceRules() {
        assertEquals(
                List.of("No files specified in artifice configuration"),
                SchemaCheck.problems(ArtificeSchema.SCHEMA, ""));
        assertEquals(
                List.of("Unrecognized checksum type: crc32"),
                SchemaCheck.problems(ChecksumSchema.SCHEMA, "checksum_types = [\"sha256\", \"crc32\"]\n"));
        assertEquals(
                List.of("For security reasons, you must declare an owner."),
                SchemaCheck.problems(AmazonAmiSchema.SCHEMA, ""));
    }

    @Test
    void builderRules() {
        assertEquals(
                List.of("target required", "Both source file and contents are blank; target will have no content"),
                SchemaCheck.problems(FileSchema.SCHEMA, ""));
        assertEquals(
                List.of("Cannot specify source file AND content"),
                SchemaCheck.problems(FileSchema.SCHEMA, "target = \"t\"\nsource = \"s\"\ncontent = \"c\"\n"));
        assertEquals(List.of(), SchemaCheck.problems(NullSchema.SCHEMA, "communicator = \"none\"\n"));
        assertEquals(
                List.of("a Host must be specified, please reference your communicator documentation"),
                SchemaCheck.problems(NullSchema.SCHEMA, "ssh_username = \"u\"\n"));
    }

    @Test
    void unknownAttributesGetSuggestions() {
        assertEquals(
                List.of(
                        "Unsupported argument: An argument named \"inlin\" is not expected here. Did you mean \"inline\"?",
                        "Either a script file or inline script must be specified."),
                SchemaCheck.problems(ShellSchema.SCHEMA, "inlin = [\"a\"]\n"));
    }
}
