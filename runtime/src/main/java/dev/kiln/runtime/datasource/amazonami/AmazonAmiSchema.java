package dev.kiln.runtime.datasource.amazonami;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;
import static dev.kiln.compiler.schema.AttributeSchema.stringMap;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.runtime.builder.amazon.AmazonEbsSchema;

/** The {@code amazon-ami} data source: finds an AMI by filters; outputs its id, name, owner ... */
public final class AmazonAmiSchema {

    private AmazonAmiSchema() {}

    private static final BlockSchema ACCESS = accessOnly();

    /** The schema: AWS access options plus the filter. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Finds an AMI by filters.")
            .include(ACCESS)
            .attribute(stringMap("filters", "Filters, name to value."))
            .attribute(stringList("owners", "Owners the AMI must belong to (required)."))
            .attribute(bool("most_recent", "Take the newest match."))
            .attribute(bool("include_deprecated", "Include deprecated AMIs."))
            .rule(ConfigRules.required("owners", "For security reasons, you must declare an owner."))
            .build();

    /** The access options of amazon-ebs, which every amazon component shares. */
    private static BlockSchema accessOnly() {
        BlockSchema.Builder b = BlockSchema.builder("AWS access.");
        for (String name : new String[] {
            "access_key",
            "secret_key",
            "token",
            "region",
            "profile",
            "shared_credentials_file",
            "custom_endpoint_ec2",
            "insecure_skip_tls_verify",
            "max_retries",
            "mfa_code",
            "skip_metadata_api_check",
            "skip_credential_validation",
            "decode_authorization_messages"
        }) {
            b.attribute(AmazonEbsSchema.SCHEMA.attribute(name).orElseThrow());
        }
        for (String block : new String[] {"assume_role", "vault_aws_engine", "aws_polling"}) {
            b.block(AmazonEbsSchema.SCHEMA.blockType(block).orElseThrow());
        }
        return b.build();
    }
}
