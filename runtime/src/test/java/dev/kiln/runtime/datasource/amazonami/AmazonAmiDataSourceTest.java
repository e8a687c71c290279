package dev.kiln.runtime.datasource.amazonami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.datasource.DataSourceResult;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.runtime.aws.SdkEndpoint;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.Value;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ArchitectureValues;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VirtualizationType;

/** The amazon-ami data source against moto: selection, Packer's errors and the output object. */
@ExtendWith(MotoServer.class)
class AmazonAmiDataSourceTest {

    /** moto's account: images registered by the tests belong to it. */
    private static final String ACCOUNT = "123456789012";

    private static AmazonAmiDataSource dataSource;
    private static URI endpoint;
    private static String olderId;
    private static String newerId;

    @BeforeAll
    static void registerImages(MotoServer moto) throws InterruptedException {
        endpoint = moto.endpoint();
        try (Ec2Client ec2 = Ec2Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build()) {
            olderId = register(ec2, "kiln-base-1");
            Thread.sleep(1100); // creation dates have a resolution of one second
            newerId = register(ec2, "kiln-base-2");
            ec2.createTags(r -> r.resources(newerId)
                    .tags(
                            Tag.builder().key("Team").value("platform").build(),
                            Tag.builder().key("Os").value("linux").build()));
        }
        dataSource = AmazonAmiDataSource.withDefaultChains();
    }

    @AfterAll
    static void close() {
        if (dataSource != null) dataSource.close();
    }

    private static String register(Ec2Client ec2, String name) {
        return ec2.registerImage(r -> r.name(name)
                        .architecture(ArchitectureValues.ARM64)
                        .rootDeviceName("/dev/xvda")
                        .virtualizationType(VirtualizationType.HVM.toString()))
                .imageId();
    }

    @Test
    void mostRecentTakesTheNewestImage() {
        ObjectValue image = found(config(Map.of("name", "kiln-base-*"), List.of(ACCOUNT), true));
        assertEquals(Value.string(newerId), image.attributes().get("id"));
        assertEquals(Value.string("kiln-base-2"), image.attributes().get("name"));
    }

    @Test
    void severalMatchesWithoutMostRecentIsPackersError() {
        assertEquals(
                new DataSourceResult.Failure(
                        "Your query returned more than one result. Please try a more specific"
                                + " search, or set most_recent to true.",
                        ""),
                run(config(Map.of("name", "kiln-base-*"), List.of(ACCOUNT), false)));
    }

    @Test
    void filtersNarrowTheQuery() {
        ObjectValue image =
                found(config(Map.of("name", "kiln-base-*", "tag:Team", "platform"), List.of(ACCOUNT), false));
        assertEquals(Value.string(newerId), image.attributes().get("id"));
    }

    @Test
    void noMatchIsPackersErrorWithTheRequest() {
        assertEquals(
                new DataSourceResult.Failure(
                        "No AMI was found matching filters: {Filters: [{Name: \"name\", Values:"
                                + " [\"nothing-*\"]}], IncludeDeprecated: false, Owners: [\"" + ACCOUNT + "\"]}",
                        ""),
                run(config(Map.of("name", "nothing-*"), List.of(ACCOUNT), true)));
    }

    @Test
    void ownersRestrictTheImages() {
        // moto's built-in Ubuntu image belongs to Canonical's account, not to ours.
        Map<String, String> xenial = Map.of("name", "ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-20170721");
        assertInstanceOf(DataSourceResult.Failure.class, run(config(xenial, List.of(ACCOUNT), true)));
        ObjectValue image = found(config(xenial, List.of("099720109477"), true));
        assertEquals(Value.string("ami-785db401"), image.attributes().get("id"));
        assertEquals(Value.string("099720109477"), image.attributes().get("owner"));
    }

    @Test
    void outputHasPackersAttributes() {
        // moto's built-in images keep every attribute; RegisterImage ignores architecture and devices.
        Map<String, String> xenial = Map.of("name", "ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-20170721");
        Map<String, Value> a =
                found(config(xenial, List.of("099720109477"), false)).attributes();
        assertEquals(
                List.of(
                        "architecture",
                        "creation_date",
                        "id",
                        "image_location",
                        "name",
                        "owner",
                        "owner_name",
                        "platform",
                        "root_device_name",
                        "root_device_type",
                        "tags",
                        "virtualization_type"),
                List.copyOf(a.keySet()));
        assertEquals(Value.string("ami-785db401"), a.get("id"));
        assertEquals(Value.string(xenial.get("name")), a.get("name"));
        assertEquals(Value.string("099720109477"), a.get("owner"));
        assertEquals(Value.string("x86_64"), a.get("architecture"));
        assertEquals(Value.string("/dev/sda1"), a.get("root_device_name"));
        assertEquals(Value.string("ebs"), a.get("root_device_type"));
        assertEquals(Value.string("hvm"), a.get("virtualization_type"));
        assertEquals(Value.string(""), a.get("platform"));
        assertEquals(Value.string("amazon/getting-started"), a.get("image_location"));
        assertEquals(Value.map(Type.STRING, Map.of()), a.get("tags"));
        String created = ((dev.kiln.stdlib.value.StringValue) a.get("creation_date")).value();
        assertTrue(created.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), created);
    }

    @Test
    void tagsAreAMap() {
        Map<String, Value> a = found(config(Map.of("name", "kiln-base-2"), List.of(ACCOUNT), false))
                .attributes();
        assertEquals(Value.string(ACCOUNT), a.get("owner"));
        assertEquals(
                Value.map(Type.STRING, Map.of("Os", Value.string("linux"), "Team", Value.string("platform"))),
                a.get("tags"));
    }

    @Test
    void withoutCustomEndpointTheSdkChainIsUsed() {
        Map<String, Value> attributes = attributes(Map.of("name", "kiln-base-1"), List.of(ACCOUNT), false);
        attributes.remove("custom_endpoint_ec2");
        attributes.remove("access_key");
        attributes.remove("secret_key");
        attributes.remove("region");
        try (SdkEndpoint sdk = SdkEndpoint.use(endpoint);
                AmazonAmiDataSource fresh = AmazonAmiDataSource.withDefaultChains()) {
            DataSourceResult result = fresh.run(new MapConfig(attributes));
            assertEquals(
                    Value.string(olderId),
                    ((ObjectValue) ((DataSourceResult.Output) result).value())
                            .attributes()
                            .get("id"));
        }
    }

    @Test
    void anUnreachableEndpointIsAOneLineFailure() throws Exception {
        Map<String, Value> attributes = attributes(Map.of("name", "x"), List.of(ACCOUNT), false);
        attributes.put("custom_endpoint_ec2", Value.string("http://127.0.0.1:" + MotoServer.freeLoopbackPort()));
        attributes.put("max_retries", Value.number(1));
        assertEquals(
                new DataSourceResult.Failure("Error querying AMI: connection refused", ""),
                dataSource.run(new MapConfig(attributes)));
    }

    private DataSourceResult run(ConfigView config) {
        return dataSource.run(config);
    }

    private ObjectValue found(ConfigView config) {
        DataSourceResult result = run(config);
        assertInstanceOf(DataSourceResult.Output.class, result, result::toString);
        return (ObjectValue) ((DataSourceResult.Output) result).value();
    }

    private static ConfigView config(Map<String, String> filters, List<String> owners, boolean mostRecent) {
        return new MapConfig(attributes(filters, owners, mostRecent));
    }

    private static Map<String, Value> attributes(Map<String, String> filters, List<String> owners, boolean mostRecent) {
        Map<String, Value> filterValues = new LinkedHashMap<>();
        filters.forEach((k, v) -> filterValues.put(k, Value.string(v)));
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("filters", Value.map(Type.STRING, filterValues));
        attributes.put(
                "owners",
                Value.list(Type.STRING, owners.stream().map(Value::string).toList()));
        attributes.put("most_recent", Value.bool(mostRecent));
        attributes.put("region", Value.string("us-east-1"));
        attributes.put("access_key", Value.string("testing"));
        attributes.put("secret_key", Value.string("testing"));
        attributes.put("custom_endpoint_ec2", Value.string(endpoint.toString()));
        return attributes;
    }

    /** A data block's checked body as plain values; no nested blocks. */
    private record MapConfig(Map<String, Value> values) implements ConfigView {
        @Override
        public boolean isSet(String name) {
            return values.containsKey(name);
        }

        @Override
        public Value value(String name) {
            return values.getOrDefault(name, Value.nullOf(Type.ANY));
        }

        @Override
        public List<? extends ConfigView> blocks(String type) {
            return List.of();
        }

        @Override
        public SourceRange rangeOf(String name) {
            return null;
        }

        @Override
        public SourceRange definitionRange() {
            return null;
        }
    }
}
