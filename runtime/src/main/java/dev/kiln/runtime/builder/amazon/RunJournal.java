package dev.kiln.runtime.builder.amazon;

import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.json.JsonEncoding;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run journal of one amazon-ebs build, {@code .kiln/runs/<run-id>.json}: every cloud resource
 * the build created (kind, region, id) and whether it was deleted again, written and fsync'd right
 * after each create call returns, before its result is used. {@code kiln cleanup} deletes what a
 * killed build left from it. Also records how to reach EC2 again (endpoint, profile; never keys).
 */
public final class RunJournal {

    /** What kind of resource an entry is; the order is the order cleanup deletes in. */
    public enum Kind {
        INSTANCE("instance"),
        IMAGE("image"),
        /** An AMI being made whose id is not known yet (the create or copy call is in flight): found by its name. */
        IMAGE_NAME("image-name"),
        SNAPSHOT("snapshot"),
        VOLUME("volume"),
        SECURITY_GROUP("security-group"),
        KEY_PAIR("key-pair");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name in the journal and in {@code kiln cleanup}'s listing. */
        public String label() {
            return label;
        }

        static Kind of(String label) {
            for (Kind k : values()) if (k.label.equals(label)) return k;
            throw new IllegalArgumentException("unknown resource kind " + label);
        }
    }

    /** Where a resource stands: created, deleted again, or kept as the build's result (the AMIs and their snapshots). */
    public enum State {
        CREATED,
        DELETED,
        KEPT;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One resource and its state. */
    public record Resource(Kind kind, String region, String id, State state) {

        /** Whether cleanup still has to delete it. */
        public boolean left() {
            return state == State.CREATED;
        }
    }

    /** What the journal says besides its resources. */
    public record Header(String runId, String build, long pid, String started, String endpoint, String profile) {}

    private final Path file;
    private final Header header;
    private final List<Resource> resources;
    private boolean finished;

    private RunJournal(Path file, Header header, List<Resource> resources, boolean finished) {
        this.file = file;
        this.header = header;
        this.resources = new ArrayList<>(resources);
        this.finished = finished;
    }

    /** The directory of journals under {@code workingDirectory}. */
    public static Path directory(Path workingDirectory) {
        return workingDirectory.resolve(".kiln").resolve("runs");
    }

    /** A new journal for run {@code runId}, written at once so a run killed before any resource is still listed. */
    static RunJournal start(Path directory, String runId, String build, String endpoint, String profile) {
        Header header = new Header(
                runId,
                build,
                ProcessHandle.current().pid(),
                Instant.now().toString(),
                endpoint == null ? "" : endpoint,
                profile == null ? "" : profile);
        RunJournal journal = new RunJournal(directory.resolve(runId + ".json"), header, List.of(), false);
        journal.write();
        return journal;
    }

    /** The journal in {@code file}. */
    public static RunJournal read(Path file) throws IOException {
        JsonDecoding.Result result = JsonDecoding.decode(Files.readString(file));
        if (!(result instanceof JsonDecoding.Result.Decoded decoded)
                || !(decoded.value() instanceof ObjectValue root)) {
            throw new IOException(file + ": not a kiln run journal");
        }
        Map<String, Value> a = root.attributes();
        Header header = new Header(
                text(a, "run_id"),
                text(a, "build"),
                number(a, "pid"),
                text(a, "started"),
                text(a, "endpoint"),
                text(a, "profile"));
        List<Resource> resources = new ArrayList<>();
        for (Value v : elements(a.get("resources"))) {
            if (!(v instanceof ObjectValue o)) continue;
            Map<String, Value> r = o.attributes();
            resources.add(new Resource(
                    Kind.of(text(r, "kind")),
                    text(r, "region"),
                    text(r, "id"),
                    State.valueOf(text(r, "state").toUpperCase(java.util.Locale.ROOT))));
        }
        boolean finished = a.get("finished") instanceof BoolValue b && b.value();
        return new RunJournal(file, header, resources, finished);
    }

    /** Records a created resource (call right after the create call returns). */
    synchronized void created(Kind kind, String region, String id) {
        boolean known =
                resources.stream().anyMatch(r -> r.kind() == kind && r.region().equals(region) && r.id().equals(id));
        if (!known) resources.add(new Resource(kind, region, id, State.CREATED));
        write();
    }

    /** Records that a resource is gone (deleted, or found already gone). */
    public synchronized void deleted(Kind kind, String region, String id) {
        mark(kind, region, id, State.DELETED);
    }

    /** Records that a resource is the build's result, which cleanup leaves alone. */
    synchronized void kept(Kind kind, String region, String id) {
        mark(kind, region, id, State.KEPT);
    }

    private void mark(Kind kind, String region, String id, State state) {
        boolean changed = false;
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            if (r.kind() == kind && r.region().equals(region) && r.id().equals(id) && r.state() != state) {
                resources.set(i, new Resource(kind, region, id, state));
                changed = true;
            }
        }
        if (changed) write();
    }

    /** Records that the build ended and its cleanups ran; what is still not deleted is kept on purpose (the AMIs). */
    synchronized void finish() {
        finished = true;
        write();
    }

    /** Whether the build that wrote it ended normally (its cleanups ran). */
    public synchronized boolean finished() {
        return finished;
    }

    /** The header. */
    public Header header() {
        return header;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Every resource recorded, in creation order. */
    public synchronized List<Resource> resources() {
        return List.copyOf(resources);
    }

    /** Whether the process that wrote the journal is still running (then its resources are not stale). */
    public boolean writerAlive() {
        return header.pid() != ProcessHandle.current().pid()
                && ProcessHandle.of(header.pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    private void write() {
        Map<String, Value> root = new LinkedHashMap<>();
        root.put("run_id", Value.string(header.runId()));
        root.put("build", Value.string(header.build()));
        root.put("pid", Value.number(header.pid()));
        root.put("started", Value.string(header.started()));
        root.put("endpoint", Value.string(header.endpoint()));
        root.put("profile", Value.string(header.profile()));
        root.put("finished", Value.bool(finished));
        List<Value> list = new ArrayList<>();
        for (Resource r : resources) {
            list.add(Value.object(Map.of(
                    "kind",
                    Value.string(r.kind().label()),
                    "region",
                    Value.string(r.region()),
                    "id",
                    Value.string(r.id()),
                    "state",
                    Value.string(r.state().label()))));
        }
        root.put("resources", Value.tuple(list));
        byte[] bytes = (JsonEncoding.encode(Value.object(root)) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            // Rename, then sync the directory: a crash leaves the old or the new journal, never half of one.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException directoriesCannotBeSynced) {
                // Some file systems refuse to open a directory; the rename is still atomic.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Value> attributes, String name) {
        return attributes.get(name) instanceof StringValue s ? s.value() : "";
    }

    private static long number(Map<String, Value> attributes, String name) {
        return attributes.get(name) instanceof NumberValue n ? n.value().longValue() : -1;
    }

    private static List<Value> elements(Value value) {
        if (value instanceof TupleValue t) return t.elements();
        if (value instanceof ListValue l) return l.elements();
        return List.of();
    }

    /** Every journal in {@code directory}, oldest first; unreadable files are skipped. */
    public static List<RunJournal> all(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return List.of();
        List<RunJournal> journals = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                try {
                    journals.add(read(f));
                } catch (IOException | RuntimeException e) {
                    // A file that is not a journal is not ours to clean up.
                }
            }
        }
        journals.sort(java.util.Comparator.comparing(j -> j.header().started()));
        return journals;
    }

    /** The journal of {@code runId} in {@code directory}, if there is one. */
    public static Optional<RunJournal> find(Path directory, String runId) throws IOException {
        Path f = directory.resolve(runId + ".json");
        return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
    }
}
