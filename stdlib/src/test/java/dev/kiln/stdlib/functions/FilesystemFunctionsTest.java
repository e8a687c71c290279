package dev.kiln.stdlib.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filesystem functions against a temporary template directory. In arguments and expected
 * results {@code $BASE} stands for that directory, {@code $HOME} for the home directory and
 * {@code $CWD} for the working directory given to the catalog (only {@code abspath} uses it, as in
 * Packer); the process working directory plays no part.
 */
class FilesystemFunctionsTest {

    @TempDir
    static Path root;

    private static Path base;
    private static Path home;
    private static Path cwd;
    private static FunctionCatalog catalog;

    @BeforeAll
    static void createTemplateDirectory() throws IOException {
        base = root.resolve("template");
        home = root.resolve("home");
        cwd = root.resolve("cwd");
        Files.createDirectories(home);
        Files.writeString(home.resolve("h.txt"), "at home", StandardCharsets.UTF_8);
        Files.createDirectories(base.resolve("dir/sub"));
        Files.createDirectories(base.resolve("other"));
        Files.createDirectories(base.resolve("broken"));
        Files.writeString(base.resolve("hello.txt"), "Hello, wörld\n", StandardCharsets.UTF_8);
        Files.write(base.resolve("bad.bin"), new byte[] {'a', (byte) 0xff, 'b'});
        Files.write(base.resolve("surrogate.bin"), new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});
        Files.createSymbolicLink(base.resolve("link.txt"), Path.of("hello.txt"));
        Files.writeString(base.resolve("dir/a.txt"), "a", StandardCharsets.UTF_8);
        Files.writeString(base.resolve("dir/b.md"), "b", StandardCharsets.UTF_8);
        Files.writeString(base.resolve("dir/.hidden.txt"), "h", StandardCharsets.UTF_8);
        Files.writeString(base.resolve("dir/sub/c.txt"), "c", StandardCharsets.UTF_8);
        Files.writeString(base.resolve("other/o.txt"), "o", StandardCharsets.UTF_8);
        Files.createSymbolicLink(base.resolve("dir/linkdir"), Path.of("../other"));
        // A cycle: ** must not follow it forever.
        Files.createSymbolicLink(base.resolve("dir/sub/loop"), Path.of(".."));
        Files.createSymbolicLink(base.resolve("broken/dangling"), Path.of("nowhere"));
        Files.setPosixFilePermissions(base.resolve("dir"), PosixFilePermissions.fromString("rwxr-x---"));
        catalog = PackerFunctions.catalog(FunctionEnvironment.system()
                .withBaseDirectory(base)
                .withHomeDirectory(home)
                .withWorkingDirectory(cwd));
    }

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "basename   | \"/a/b/c.txt\"          | \"c.txt\" : string",
                "basename   | \"a/b/\"                | \"b\" : string",
                "basename   | \"\"                    | \".\" : string",
                "basename   | \"///\"                 | \"/\" : string",
                "dirname    | \"/a/b/c.txt\"          | \"/a/b\" : string",
                "dirname    | \"a/b/../c/d\"          | \"a/c\" : string",
                "dirname    | \"a\"                   | \".\" : string",
                "dirname    | \"/a\"                  | \"/\" : string",
                "dirname    | \"\"                    | \".\" : string",
                "abspath    | \"sub/../x/\"           | \"$CWD/x\" : string",
                "abspath    | \"\"                    | \"$CWD\" : string",
                "abspath    | \"/x/./y/\"             | \"/x/y\" : string",
                "pathexpand | \"~\"                   | \"$HOME\" : string",
                "pathexpand | \"~/x/../y/\"           | \"$HOME/y\" : string",
                "pathexpand | \"a/~\"                 | \"a/~\" : string",
                "pathexpand | \"~bob/x\"              | Call to function \"pathexpand\" failed: cannot expand user-specific home dir.",
                "file       | \"hello.txt\"           | \"Hello, wörld\\n\" : string",
                "file       | \"./dir/../hello.txt\"  | \"Hello, wörld\\n\" : string",
                "file       | \"$BASE/hello.txt\"     | \"Hello, wörld\\n\" : string",
                "file       | \"link.txt\"            | \"Hello, wörld\\n\" : string",
                "file       | \"~/h.txt\"             | \"at home\" : string",
                "file       | sensitive \"hello.txt\" | \"Hello, wörld\\n\" (sensitive) : string",
                "file       | unknown(string)         | (unknown) : string",
                "file       | \"missing.txt\"         | Call to function \"file\" failed: no file exists at $BASE/missing.txt.",
                "file       | \"dir\"                 | Call to function \"file\" failed: failed to read $BASE/dir.",
                "file       | \"~x/h.txt\"            | Call to function \"file\" failed: failed to expand ~: cannot expand user-specific home dir.",
                "file       | \"bad.bin\"             | Call to function \"file\" failed: contents of bad.bin are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead.",
                "file       | \"surrogate.bin\"       | Call to function \"file\" failed: contents of surrogate.bin are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead.",
                "filebase64 | \"bad.bin\"             | \"Yf9i\" : string",
                "filebase64 | \"link.txt\"            | \"SGVsbG8sIHfDtnJsZAo=\" : string",
                "filebase64 | \"missing.txt\"         | Call to function \"filebase64\" failed: no file exists at $BASE/missing.txt.",
                "fileexists | \"hello.txt\"           | true : bool",
                "fileexists | \"link.txt\"            | true : bool",
                "fileexists | \"~/h.txt\"             | true : bool",
                "fileexists | \"missing.txt\"         | false : bool",
                "fileexists | \"broken/dangling\"     | false : bool",
                "fileexists | \"hello.txt/x\"         | Call to function \"fileexists\" failed: failed to stat $BASE/hello.txt/x.",
                "fileexists | \"dir/\"                | Call to function \"fileexists\" failed: $BASE/dir is not a regular file, but \"drwxr-x---\".",
                "fileset    | \"dir\" ;; \"*.txt\"                 | [\".hidden.txt\",\"a.txt\"] : set(string)",
                "fileset    | \"dir\" ;; \"**/*.txt\"              | [\".hidden.txt\",\"a.txt\",\"sub/c.txt\"] : set(string)",
                "fileset    | \"dir\" ;; \"*/*.txt\"               | [\"linkdir/o.txt\",\"sub/c.txt\"] : set(string)",
                "fileset    | \"dir\" ;; \"{a,b}.*\"               | [\"a.txt\",\"b.md\"] : set(string)",
                "fileset    | \"dir\" ;; \"[!a].*\"                | [\"b.md\"] : set(string)",
                "fileset    | \"dir\" ;; \"?.[mt][dx]*\"          | [\"a.txt\",\"b.md\"] : set(string)",
                "fileset    | \".\" ;; \"dir/**\"                  | [\"dir/.hidden.txt\",\"dir/a.txt\",\"dir/b.md\",\"dir/sub/c.txt\"] : set(string)",
                "fileset    | \"\" ;; \"**/o.txt\"                 | [\"other/o.txt\"] : set(string)",
                "fileset    | \"$BASE/dir\" ;; \"sub/*\"           | [\"sub/c.txt\"] : set(string)",
                "fileset    | \"dir\" ;; \"../other/*\"            | [\"../other/o.txt\"] : set(string)",
                "fileset    | \"dir\" ;; \"sub/c.txt\"             | [\"sub/c.txt\"] : set(string)",
                "fileset    | \"dir\" ;; \"nothing*\"              | [] : set(string)",
                "fileset    | \"nowhere\" ;; \"*\"                 | [] : set(string)",
                "fileset    | \"dir\" ;; \"[\"                     | Call to function \"fileset\" failed: failed to glob pattern ($BASE/dir/[): syntax error in pattern.",
                "fileset    | \"dir\" ;; \"{a,b\"                  | Call to function \"fileset\" failed: failed to glob pattern ($BASE/dir/{a,b): syntax error in pattern.",
                "fileset    | \"broken\" ;; \"*\"                  | Call to function \"fileset\" failed: failed to stat ($BASE/broken/dangling): stat $BASE/broken/dangling: no such file or directory.",
            })
    void callsGiveTheDocumentedResults(String name, String arguments, String expected) {
        List<Value> args = new ArrayList<>();
        for (String argument : arguments.split(";;")) {
            args.add(ValueNotation.parse(substitute(argument)));
        }
        CallResult result = catalog.lookup(name).orElseThrow().call(args);
        String actual = result.isSuccess()
                ? ValueNotation.format(result.value())
                : ((CallResult.Failure) result).error().detail();
        assertEquals(substitute(expected), actual);
    }

    @Test
    void defaultCatalogResolvesAgainstTheWorkingDirectory() {
        // Maven runs tests in the module directory, which holds pom.xml.
        Value exists = PackerFunctions.catalog()
                .lookup("fileexists")
                .orElseThrow()
                .call(Value.string("pom.xml"))
                .value();
        assertEquals(Value.TRUE, exists);
    }

    private static String substitute(String text) {
        return text.replace("$BASE", base.toString())
                .replace("$HOME", home.toString())
                .replace("$CWD", cwd.toString());
    }
}
