package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.go.DoublestarGlob;
import dev.kiln.stdlib.go.GoPaths;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Functions on file paths and files, as go-cty-funcs' {@code filesystem} package registers them
 * for Packer. Relative paths are resolved against {@link FunctionEnvironment#baseDirectory()}
 * (the template directory, {@code path.root}), never against the process working directory.
 */
public final class FilesystemFunctions {

    private FilesystemFunctions() {}

    /** {@code basename(path)}: go-cty-funcs' {@code BasenameFunc}. */
    public static final Function BASENAME = Function.builder("basename")
            .parameter(Parameter.of("path", Type.STRING))
            .returns(Type.STRING)
            .summary("Returns the last element of a filesystem path.")
            .description("Works on the string only, as Go's filepath.Base: trailing slashes are ignored, an"
                    + " empty path gives \".\" and a path of only slashes gives \"/\".")
            .implementation((args, returnType) -> Value.string(GoPaths.base(text(args, 0))))
            .build();

    /** {@code dirname(path)}: go-cty-funcs' {@code DirnameFunc}. */
    public static final Function DIRNAME = Function.builder("dirname")
            .parameter(Parameter.of("path", Type.STRING))
            .returns(Type.STRING)
            .summary("Returns a filesystem path without its last element.")
            .description("Works on the string only, as Go's filepath.Dir: the result is cleaned, and a path"
                    + " without a slash gives \".\".")
            .implementation((args, returnType) -> Value.string(GoPaths.dir(text(args, 0))))
            .build();

    /** All functions of this family, resolving paths as {@code environment} says. */
    public static List<Function> all(FunctionEnvironment environment) {
        String base = environment.baseDirectory().toString();
        String home = environment.homeDirectory().toString();
        return List.of(
                abspath(environment.workingDirectory().toString()),
                BASENAME,
                DIRNAME,
                file(base, home),
                filebase64(base, home),
                fileexists(base, home),
                fileset(base),
                pathexpand(home));
    }

    private static Function abspath(String workingDirectory) {
        return Function.builder("abspath")
                .parameter(Parameter.of("path", Type.STRING))
                .returns(Type.STRING)
                .summary("Converts a filesystem path to an absolute path.")
                .description("A relative path is joined to the working directory, as Packer's filepath.Abs does (not"
                        + " to path.root, unlike file()); the result is cleaned but symbolic links are not resolved.")
                .implementation((args, returnType) -> Value.string(absolute(workingDirectory, text(args, 0))))
                .build();
    }

    private static Function pathexpand(String home) {
        return Function.builder("pathexpand")
                .parameter(Parameter.of("path", Type.STRING))
                .returns(Type.STRING)
                .summary("Replaces a leading ~ in a filesystem path with the current user's home directory.")
                .description("Any other path is returned unchanged. \"~user\" forms are not supported and are an"
                        + " error.")
                .implementation((args, returnType) -> Value.string(expandHome(text(args, 0), home, "")))
                .build();
    }

    private static Function file(String base, String home) {
        return Function.builder("file")
                .parameter(Parameter.of("path", Type.STRING))
                .returns(Type.STRING)
                .summary("Reads the contents of a file into a string.")
                .description("A relative path is resolved against the template directory (path.root) and a"
                        + " leading ~ is expanded. The file must be valid UTF-8; use filebase64 for"
                        + " binary files.")
                .implementation((args, returnType) -> {
                    String path = text(args, 0);
                    byte[] bytes = read(base, home, path);
                    try {
                        return Value.string(StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes))
                                .toString());
                    } catch (CharacterCodingException e) {
                        throw FunctionException.of(
                                "contents of " + path + " are not valid UTF-8; use the filebase64 function to"
                                        + " obtain the Base64 encoded contents or the other file functions (e.g."
                                        + " filemd5, filesha256) to obtain file hashing results instead");
                    }
                })
                .build();
    }

    private static Function filebase64(String base, String home) {
        return Function.builder("filebase64")
                .parameter(Parameter.of("path", Type.STRING))
                .returns(Type.STRING)
                .summary("Reads the contents of a file and returns them base64-encoded.")
                .description("A relative path is resolved against the template directory (path.root) and a"
                        + " leading ~ is expanded. Any bytes are accepted.")
                .implementation((args, returnType) ->
                        Value.string(Base64.getEncoder().encodeToString(read(base, home, text(args, 0)))))
                .build();
    }

    private static Function fileexists(String base, String home) {
        return Function.builder("fileexists")
                .parameter(Parameter.of("path", Type.STRING))
                .returns(Type.BOOL)
                .summary("Determines whether a file exists at the given path.")
                .description("A relative path is resolved against the template directory (path.root) and a"
                        + " leading ~ is expanded. Symbolic links are followed. Something that exists"
                        + " but is not a regular file (a directory) is an error.")
                .implementation((args, returnType) -> {
                    String path = resolve(base, home, text(args, 0));
                    BasicFileAttributes attributes;
                    try {
                        attributes = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
                    } catch (NoSuchFileException e) {
                        return Value.FALSE;
                    } catch (IOException | InvalidPathException | SecurityException e) {
                        throw FunctionException.of("failed to stat " + path);
                    }
                    if (attributes.isRegularFile()) {
                        return Value.TRUE;
                    }
                    throw FunctionException.of(
                            path + " is not a regular file, but \"" + FileModes.describe(Path.of(path)) + "\"");
                })
                .build();
    }

    private static Function fileset(String base) {
        return Function.builder("fileset")
                .parameter(Parameter.of("path", Type.STRING))
                .parameter(Parameter.of("pattern", Type.STRING))
                .returns(Type.set(Type.STRING))
                .summary("Enumerates the regular files under a path that match a glob pattern.")
                .description("The path is resolved against the template directory (path.root). The pattern may"
                        + " use *, ?, [class], {a,b} and ** (any number of directories). The result holds"
                        + " paths relative to the path, with forward slashes, sorted.")
                .implementation((args, returnType) -> fileset(base, text(args, 0), text(args, 1)))
                .build();
    }

    private static Value fileset(String base, String path, String pattern) throws FunctionException {
        if (!GoPaths.isAbs(path)) {
            path = GoPaths.join(base, path);
        }
        String full = GoPaths.join(path, pattern);
        DoublestarGlob glob;
        try {
            glob = DoublestarGlob.compile(full);
        } catch (DoublestarGlob.BadPatternException e) {
            throw FunctionException.of("failed to glob pattern (" + full + "): " + e.getMessage());
        }
        List<Value> matches = new ArrayList<>();
        for (String match : glob.matches()) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(Path.of(match), BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                // A dangling symbolic link: Go's os.Stat fails the same way and fileset gives up.
                throw FunctionException.of(
                        "failed to stat (" + match + "): stat " + match + ": no such file or directory");
            } catch (IOException | InvalidPathException | SecurityException e) {
                throw FunctionException.of("failed to stat (" + match + "): stat " + match + ": " + e.getMessage());
            }
            if (attributes.isRegularFile()) {
                matches.add(Value.string(GoPaths.rel(path, match)));
            }
        }
        return matches.isEmpty() ? Value.emptySet(Type.STRING) : Value.set(Type.STRING, matches);
    }

    private static String text(List<Value> args, int index) {
        return ((StringValue) args.get(index)).value();
    }

    private static String absolute(String base, String path) {
        return GoPaths.isAbs(path) ? GoPaths.clean(path) : GoPaths.join(base, path);
    }

    private static String expandHome(String path, String home, String prefix) throws FunctionException {
        try {
            return GoPaths.expandHome(path, home);
        } catch (GoPaths.HomeExpansionException e) {
            throw FunctionException.of(prefix + e.getMessage());
        }
    }

    /** go-cty-funcs' path handling for file functions: expand ~, join to the base, clean. */
    private static String resolve(String base, String home, String path) throws FunctionException {
        String expanded = expandHome(path, home, "failed to expand ~: ");
        return GoPaths.clean(absolute(base, expanded));
    }

    /**
     * The most a file function reads: a template's files are text and keys, and without a bound
     * {@code file("/dev/zero")} would read until memory runs out.
     */
    static final int MAX_FILE_BYTES = 64 << 20;

    private static byte[] read(String base, String home, String path) throws FunctionException {
        String resolved = resolve(base, home, path);
        try (InputStream in = Files.newInputStream(Path.of(resolved))) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw FunctionException.of("the file at " + resolved + " is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MiB, the most kiln's file functions read");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw FunctionException.of("no file exists at " + resolved);
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw FunctionException.of("failed to read " + resolved);
        }
    }
}
