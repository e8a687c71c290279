package dev.kiln.runtime.postprocessor.manifest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises updates of one manifest file. Builds of one kiln run share a JVM, so an in-process
 * lock per file orders them for sure; Packer's {@code OUTPUT.lock} file (three tries, 200 ms
 * apart, then go ahead anyway) is kept as well for other processes writing the same file.
 */
final class ManifestLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final ReentrantLock lock;
    private final Path lockFile;
    private final boolean created;

    private ManifestLock(ReentrantLock lock, Path lockFile, boolean created) {
        this.lock = lock;
        this.lockFile = lockFile;
        this.created = created;
    }

    /** Takes the lock of {@code manifest}. */
    static ManifestLock acquire(Path manifest) throws InterruptedException {
        Path absolute = manifest.toAbsolutePath().normalize();
        ReentrantLock lock = LOCKS.computeIfAbsent(absolute, p -> new ReentrantLock());
        lock.lockInterruptibly();
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        boolean created = false;
        for (int i = 0; i < 3 && !created; i++) {
            Thread.sleep(i * 200L);
            try {
                if (absolute.getParent() != null) Files.createDirectories(absolute.getParent());
                Files.createFile(lockFile);
                created = true;
            } catch (FileAlreadyExistsException e) {
                // Another process holds it; retry, then proceed as Packer does.
            } catch (IOException e) {
                break;
            }
        }
        return new ManifestLock(lock, lockFile, created);
    }

    @Override
    public void close() {
        try {
            if (created) Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // A stale lock file only delays the next writer by 600 ms.
        } finally {
            lock.unlock();
        }
    }
}
