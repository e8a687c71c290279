package dev.kiln.runtime.plugin;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code valid_exit_codes} option of the shell provisioners: {@code [0]} unless set. */
public record ExitCodes(List<Integer> allowed) {

    /** The exit status Packer gives a command whose connection dropped ({@code packer.CmdDisconnect}). */
    public static final int DISCONNECTED = 2300218;

    /** The allowed codes, {@code [0]} for an empty list (Go's zero value). */
    public ExitCodes {
        allowed = allowed == null || allowed.isEmpty() ? List.of(0) : List.copyOf(allowed);
    }

    /** Packer's error for {@code code} when it is not allowed (the missing space after the period is Packer's). */
    public Optional<String> check(int code) {
        if (allowed.contains(code)) return Optional.empty();
        return Optional.of("Script exited with non-zero exit status: " + code + ".Allowed exit codes are: "
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]")));
    }
}
