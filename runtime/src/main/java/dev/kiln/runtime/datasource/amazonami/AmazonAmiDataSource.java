package dev.kiln.runtime.datasource.amazonami;

import dev.kiln.compiler.datasource.DataSourceResult;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.aws.AmiFilter;
import dev.kiln.runtime.aws.AwsAccess;
import dev.kiln.runtime.aws.Ec2Clients;
import dev.kiln.runtime.secrets.Causes;
import dev.kiln.runtime.spi.DataSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;

/**
 * The {@code amazon-ami} data source, as Packer's {@code datasource/ami}: one {@code DescribeImages}
 * call with the block's filters and owners, then one image chosen (the newest with
 * {@code most_recent}). Every failure is a {@link DataSourceResult.Failure} with Packer's message.
 */
public final class AmazonAmiDataSource implements DataSource {

    private final Ec2Clients clients;

    private AmazonAmiDataSource(Ec2Clients clients) {
        this.clients = clients;
    }

    /** A data source building its clients from the SDK's default chains plus each block's access options. */
    public static AmazonAmiDataSource withDefaultChains() {
        return new AmazonAmiDataSource(new Ec2Clients());
    }

    /** Runs one {@code data "amazon-ami"} block whose checked body is {@code config}. */
    public DataSourceResult run(ConfigView config) {
        AmiFilter filter = AmiFilter.of(config);
        Ec2Client ec2;
        try {
            ec2 = clients.client(AwsAccess.of(config));
        } catch (RuntimeException e) {
            // Typically no region anywhere: the SDK says so in its own words.
            return new DataSourceResult.Failure("Error creating the EC2 client: " + Causes.describe(e), "");
        }
        DescribeImagesResponse response;
        try {
            response = ec2.describeImages(filter.request());
        } catch (AwsServiceException e) {
            return new DataSourceResult.Failure("Error querying AMI: " + describe(e), "");
        } catch (RuntimeException e) {
            return new DataSourceResult.Failure("Error querying AMI: " + Causes.describe(e), "");
        }
        AmiFilter.Choice choice = filter.choose(response.images());
        if (choice instanceof AmiFilter.Choice.Found found) {
            return new DataSourceResult.Output(AmiOutput.of(found.image()));
        }
        return new DataSourceResult.Failure(((AmiFilter.Choice.Failed) choice).message(), "");
    }

    /** "operation error EC2: DescribeImages, api error AuthFailure: ..." as the Go SDK words it, without request ids. */
    private static String describe(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        if (details == null || details.errorMessage() == null) return Causes.describe(e);
        String code = details.errorCode() == null ? "" : details.errorCode() + ": ";
        return "operation error EC2: DescribeImages, api error " + code + details.errorMessage();
    }

    @Override
    public void close() {
        clients.close();
    }
}
