package dev.kiln.runtime.datasource.amazonami;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The {@code data.amazon-ami.NAME} object of an image: {@code id}, {@code name}, {@code creation_date},
 * {@code owner}, {@code owner_name}, {@code root_device_name}, {@code root_device_type},
 * {@code virtualization_type}, {@code architecture}, {@code platform}, {@code image_location} and
 * {@code tags}. A field EC2 leaves out is {@code ""}, as Go's {@code aws.ToString} makes it.
 */
final class AmiOutput {

    private AmiOutput() {}

    static Value of(Image image) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("id", text(image.imageId()));
        attributes.put("name", text(image.name()));
        attributes.put("creation_date", text(image.creationDate()));
        attributes.put("owner", text(image.ownerId()));
        attributes.put("owner_name", text(image.imageOwnerAlias()));
        attributes.put("root_device_name", text(image.rootDeviceName()));
        attributes.put("root_device_type", text(image.rootDeviceTypeAsString()));
        attributes.put("virtualization_type", text(image.virtualizationTypeAsString()));
        attributes.put("architecture", text(image.architectureAsString()));
        attributes.put("platform", text(image.platformAsString()));
        attributes.put("image_location", text(image.imageLocation()));
        Map<String, Value> tags = new TreeMap<>();
        for (Tag tag : image.tags()) tags.put(tag.key() == null ? "" : tag.key(), text(tag.value()));
        attributes.put("tags", Value.map(Type.STRING, tags));
        return Value.object(attributes);
    }

    private static Value text(String value) {
        return Value.string(value == null ? "" : value);
    }
}
