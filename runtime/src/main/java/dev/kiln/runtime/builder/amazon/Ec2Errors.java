package dev.kiln.runtime.builder.amazon;

import dev.kiln.runtime.secrets.Causes;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** EC2 errors as Packer words them ("operation error EC2: RunInstances, api error Code: message"), and not-found checks. */
final class Ec2Errors {

    private Ec2Errors() {}

    /** The text of a failed {@code operation}. */
    static String describe(String operation, RuntimeException e) {
        if (e instanceof AwsServiceException service) {
            AwsErrorDetails details = service.awsErrorDetails();
            if (details != null && details.errorMessage() != null) {
                String code = details.errorCode() == null ? "" : details.errorCode() + ": ";
                return "operation error EC2: " + operation + ", api error " + code + details.errorMessage();
            }
        }
        return "operation error EC2: " + operation + ", " + Causes.describe(e);
    }

    /** Whether {@code e} says the resource does not exist (any more): deleting it again is done. */
    static boolean notFound(RuntimeException e) {
        if (!(e instanceof AwsServiceException service) || service.awsErrorDetails() == null) return false;
        String code = service.awsErrorDetails().errorCode();
        return code != null
                && (code.endsWith(".NotFound") || code.endsWith(".Unavailable") || code.endsWith(".Malformed"));
    }

    /** The error code, or "". */
    static String code(RuntimeException e) {
        if (!(e instanceof AwsServiceException service) || service.awsErrorDetails() == null) return "";
        return service.awsErrorDetails().errorCode() == null
                ? ""
                : service.awsErrorDetails().errorCode();
    }
}
