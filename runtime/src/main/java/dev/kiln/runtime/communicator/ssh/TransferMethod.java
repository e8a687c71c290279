package dev.kiln.runtime.communicator.ssh;

/** How files move over the connection ({@code ssh_file_transfer_method}). */
public enum TransferMethod {
    SFTP,
    SCP;

    /** The option's value ("sftp" or "scp"). */
    static TransferMethod parse(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "sftp":
                return SFTP;
            case "scp":
                return SCP;
            default:
                throw new IllegalArgumentException("SSH file transfer method must be either 'sftp' or 'scp'");
        }
    }
}
