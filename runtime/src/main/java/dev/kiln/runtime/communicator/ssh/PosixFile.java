package dev.kiln.runtime.communicator.ssh;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.xfer.FileSystemFile;
import net.schmizz.sshj.xfer.LocalFileFilter;

/** sshj's local file for SCP with exact POSIX modes: its own guesses 0644/0755 and loses e.g. 0600 and executables. */
final class PosixFile extends FileSystemFile {

    PosixFile(File file) {
        super(file);
    }

    @Override
    public int getPermissions() throws IOException {
        return PosixModes.of(getFile().toPath());
    }

    @Override
    public void setPermissions(int perms) throws IOException {
        PosixModes.set(getFile().toPath(), perms & 07777);
    }

    @Override
    public Iterable<FileSystemFile> getChildren(LocalFileFilter filter) throws IOException {
        List<FileSystemFile> children = new ArrayList<>();
        for (FileSystemFile child : super.getChildren(filter)) children.add(new PosixFile(child.getFile()));
        return children;
    }

    @Override
    public FileSystemFile getChild(String name) {
        return new PosixFile(super.getChild(name).getFile());
    }

    @Override
    public FileSystemFile getTargetFile(String filename) throws IOException {
        return new PosixFile(super.getTargetFile(filename).getFile());
    }

    @Override
    public FileSystemFile getTargetDirectory(String dirname) throws IOException {
        return new PosixFile(super.getTargetDirectory(dirname).getFile());
    }
}
