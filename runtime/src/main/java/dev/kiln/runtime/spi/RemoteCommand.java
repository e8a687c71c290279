package dev.kiln.runtime.spi;

/** A command line to run on the remote machine; {@code pty} asks for a pseudo-terminal ({@code ssh_pty}). */
public record RemoteCommand(String command, boolean pty) {}
