package dev.kiln.runtime.aws;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * Packer's {@code AmiFilterOptions}: {@code filters} (one value per name), {@code owners},
 * {@code most_recent}, {@code include_deprecated}, the {@code DescribeImages} request they make and
 * the choice of one image from its answer ({@code GetFilteredImage}). Shared by the data source and
 * amazon-ebs's {@code source_ami_filter}.
 */
public record AmiFilter(
        Map<String, String> filters, List<String> owners, boolean mostRecent, boolean includeDeprecated) {

    /** What {@link #choose} gives: the image, or Packer's error. */
    public sealed interface Choice {
        /** The chosen image. */
        record Found(Image image) implements Choice {}

        /** No single image: Packer's message. */
        record Failed(String message) implements Choice {}
    }

    // Go's time.Parse failure leaves the zero time, whose Unix seconds are these.
    private static final long GO_ZERO_TIME = -62135596800L;

    public AmiFilter {
        filters = new TreeMap<>(filters); // Packer ranges over a Go map; kiln sends them in name order.
        owners = List.copyOf(owners);
    }

    /** The filter of a block with {@code filters}, {@code owners}, {@code most_recent}, {@code include_deprecated}. */
    public static AmiFilter of(ConfigView config) {
        Map<String, String> filters = new TreeMap<>();
        if (config.value("filters").unmarkDeep() instanceof MapValue map) {
            map.entries().forEach((name, value) -> {
                if (value instanceof StringValue s) filters.put(name, s.value());
            });
        }
        List<String> owners = new ArrayList<>();
        for (Value owner : config.elements("owners")) {
            if (owner.unmarkDeep() instanceof StringValue s) owners.add(s.value());
        }
        return new AmiFilter(filters, owners, config.isTrue("most_recent"), config.isTrue("include_deprecated"));
    }

    /** The {@code DescribeImages} request. */
    public DescribeImagesRequest request() {
        DescribeImagesRequest.Builder request = DescribeImagesRequest.builder().includeDeprecated(includeDeprecated);
        if (!filters.isEmpty()) request.filters(ec2Filters());
        if (!owners.isEmpty()) request.owners(owners);
        return request.build();
    }

    /** Packer's choice among the images {@code DescribeImages} returned. */
    public Choice choose(List<Image> images) {
        if (images.isEmpty()) return new Choice.Failed("No AMI was found matching filters: " + describeRequest());
        if (images.size() > 1 && !mostRecent) {
            return new Choice.Failed(
                    "Your query returned more than one result. Please try a more specific search, or set"
                            + " most_recent to true.");
        }
        if (!mostRecent) return new Choice.Found(images.get(0));
        // Go sorts by creation second and takes the last: among equal dates the last one returned wins.
        List<Image> sorted = new ArrayList<>(images);
        sorted.sort(Comparator.comparingLong(AmiFilter::creationSecond));
        return new Choice.Found(sorted.get(sorted.size() - 1));
    }

    /**
     * The request as Packer's error shows it. Packer prints the Go struct with {@code %v}, which with
     * SDK v2 is mostly pointer addresses; kiln prints the parts that matter, in the same shape.
     */
    String describeRequest() {
        String filterText = ec2Filters().stream()
                .map(f -> "{Name: " + quote(f.name()) + ", Values: ["
                        + f.values().stream().map(AmiFilter::quote).collect(Collectors.joining(", ")) + "]}")
                .collect(Collectors.joining(", "));
        return "{Filters: [" + filterText + "], IncludeDeprecated: " + includeDeprecated + ", Owners: ["
                + owners.stream().map(AmiFilter::quote).collect(Collectors.joining(", ")) + "]}";
    }

    private List<Filter> ec2Filters() {
        List<Filter> list = new ArrayList<>();
        filters.forEach((name, value) ->
                list.add(Filter.builder().name(name).values(value).build()));
        return list;
    }

    private static long creationSecond(Image image) {
        if (image.creationDate() == null) return GO_ZERO_TIME;
        try {
            return Instant.parse(image.creationDate()).getEpochSecond();
        } catch (DateTimeParseException e) {
            return GO_ZERO_TIME;
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
