package dev.kiln.runtime.spi;

/** Receives a command's output line by line, as it arrives. */
public interface CommandOutput {

    /** One line of standard output, without its line break. */
    void stdout(String line);

    /** One line of standard error, without its line break. */
    void stderr(String line);
}
