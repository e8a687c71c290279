package dev.kiln.stdlib.functions;

import java.util.Objects;

/** What a {@link SecretSource} answered: the secret text, a failure, or "not at this stage". */
public sealed interface SecretLookup {

    /** The secret was read. */
    record Found(String text) implements SecretLookup {
        /** Checks the text is present. */
        public Found {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The secret could not be read; {@code cause} says why, without a stack trace. */
    record Failed(String cause) implements SecretLookup {
        /** Checks the cause is present. */
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /**
     * Secrets are not read at this stage (templates are being validated): the function's result is
     * an unknown string, exactly as if the template used a value only known at build time.
     */
    final class NotAvailable implements SecretLookup {
        /** The one instance. */
        public static final NotAvailable INSTANCE = new NotAvailable();

        private NotAvailable() {}

        @Override
        public String toString() {
            return "NotAvailable";
        }
    }
}
