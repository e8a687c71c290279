package dev.kiln.runtime.postprocessor.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code compress} post-processor writes, read from the output's extensions as Packer's
 * {@code detectFromFilename} reads them: an archive ({@code tar}, {@code zip} or none) and a
 * compression ({@code pgzip}, {@code lz4}, {@code bgzf}, {@code xz}, {@code bzip2} or none).
 * An unknown last extension, or none, means {@code .tar.gz}.
 */
public record ArchiveFormat(String archive, String algorithm) {

    private static final Pattern EXTENSION = Pattern.compile("\\.([a-z0-9]+)");

    /** Packer's table, plus {@code bz2}/{@code bzip2}, which Packer lacks and kiln adds. */
    private static final Map<String, String> ALGORITHMS =
            Map.of("gz", "pgzip", "lz4", "lz4", "bgzf", "bgzf", "xz", "xz", "bz2", "bzip2", "bzip2", "bzip2");

    /** The format of {@code output}, or of {@code output.format} when {@code format} is set. */
    public static ArchiveFormat detect(String output, String format) {
        Matcher m = EXTENSION.matcher(format.isEmpty() ? output : output + "." + format);
        List<String> extensions = new ArrayList<>();
        while (m.find()) extensions.add(m.group(1));
        if (extensions.isEmpty()) return new ArchiveFormat("tar", "pgzip");
        String last = extensions.get(extensions.size() - 1);
        String nextToLast = extensions.size() > 1 ? extensions.get(extensions.size() - 2) : "";
        String archive = nextToLast.equals("tar") ? "tar" : "";
        if (last.equals("zip") || last.equals("tar")) return new ArchiveFormat(last, "");
        String algorithm = ALGORITHMS.get(last);
        if (algorithm != null) return new ArchiveFormat(archive, algorithm);
        return new ArchiveFormat("tar", "pgzip");
    }
}
