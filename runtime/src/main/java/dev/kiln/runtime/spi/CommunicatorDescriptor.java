package dev.kiln.runtime.spi;

import java.util.Objects;

/**
 * A communicator kiln can connect with ({@code communicator = "TYPE"} in a builder): its options
 * are part of each builder's schema ({@link CommunicatorSchema}), so it has a type and a factory only.
 */
public record CommunicatorDescriptor(String type, CommunicatorFactory factory) {

    public CommunicatorDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
    }
}
