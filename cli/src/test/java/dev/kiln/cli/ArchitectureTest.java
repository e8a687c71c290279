package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.runtime.PluginCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules {@code docs/architecture.md} states, checked on the main sources of every module (a
 * plain scan of the code with comments removed; the cli module is the one that sees them all).
 */
class ArchitectureTest {

    private static final List<String> MODULES = List.of("stdlib", "compiler", "runtime", "cli");
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.kiln(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final List<SourceFile> SOURCES = read();

    @Test
    void antlrTypesStayInTheCompilersSyntaxPackage() {
        assertEquals(
                List.of(),
                violations(
                        file -> !file.pkg().equals("dev.kiln.compiler.syntax"),
                        Pattern.compile("\\borg\\.antlr\\.|\\bdev\\.kiln\\.grammar\\.")));
    }

    @Test
    void theEngineImportsNoConcretePlugin() {
        assertEquals(
                List.of(),
                violations(
                        file -> file.pkg().startsWith("dev.kiln.runtime.engine"),
                        Pattern.compile(
                                "\\bdev\\.kiln\\.runtime\\.(builder|provisioner|postprocessor|communicator|datasource)\\.")));
    }

    @Test
    void thePluginContractImportsNothingElseOfTheRuntime() {
        assertEquals(
                List.of(),
                violations(
                        file -> file.pkg().equals("dev.kiln.runtime.spi"),
                        Pattern.compile("\\bdev\\.kiln\\.runtime\\.(?!spi\\.)[a-z]\\w*\\.")));
    }

    @Test
    void theCompilerKnowsNoConcretePlugin() {
        assertEquals(
                List.of(),
                violations(file -> file.module().equals("compiler"), Pattern.compile("\\bdev\\.kiln\\.runtime\\.")));
        Set<String> types = new TreeSet<>();
        for (PluginKind kind : PluginKind.values()) types.addAll(PluginCatalog.BUILT_IN.types(kind));
        // "null" is also HCL's null literal, which the compiler must know.
        types.remove("null");
        List<String> named = new ArrayList<>();
        for (SourceFile file : SOURCES) {
            if (!file.module().equals("compiler")) continue;
            Matcher m = STRING.matcher(file.code());
            while (m.find()) {
                if (types.contains(m.group(1))) named.add(file.path() + ": \"" + m.group(1) + "\"");
            }
        }
        assertEquals(List.of(), named);
    }

    @Test
    void onlyTheCliPrints() {
        assertEquals(
                List.of(),
                violations(
                        file -> !file.module().equals("cli"),
                        Pattern.compile("\\bSystem\\s*\\.\\s*(out|err)\\b|\\.printStackTrace\\s*\\(")));
    }

    @Test
    void noModuleHasAPackageCycle() {
        List<String> cycles = new ArrayList<>();
        for (String module : MODULES) {
            Map<String, Set<String>> arrows = new TreeMap<>();
            for (SourceFile file : SOURCES) {
                if (!file.module().equals(module)) continue;
                Set<String> targets = arrows.computeIfAbsent(file.pkg(), p -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(file.codeWithoutStrings());
                while (m.find()) {
                    if (!m.group(1).equals(file.pkg())) targets.add(m.group(1));
                }
            }
            arrows.values().forEach(targets -> targets.retainAll(arrows.keySet()));
            for (List<String> cycle : new Cycles(arrows).find()) cycles.add(module + ": a cycle among " + cycle);
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theScanSeesEveryModule() {
        for (String module : MODULES) {
            assertTrue(SOURCES.stream().anyMatch(f -> f.module().equals(module)), module);
        }
    }

    private interface FileFilter {
        boolean applies(SourceFile file);
    }

    private static List<String> violations(FileFilter filter, Pattern forbidden) {
        List<String> out = new ArrayList<>();
        for (SourceFile file : SOURCES) {
            if (!filter.applies(file)) continue;
            Matcher m = forbidden.matcher(file.codeWithoutStrings());
            if (m.find()) out.add(file.path() + ": " + m.group());
        }
        return out;
    }

    /** One main source file: its module, package, and its text without comments (and without string contents). */
    private record SourceFile(String module, Path path, String pkg, String code, String codeWithoutStrings) {}

    private static List<SourceFile> read() {
        List<SourceFile> out = new ArrayList<>();
        for (String module : MODULES) {
            Path root = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    String code = JavaText.withoutComments(Files.readString(file));
                    Matcher pkg =
                            Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;").matcher(code);
                    out.add(new SourceFile(
                            module,
                            root.relativize(file),
                            pkg.find() ? pkg.group(1) : "",
                            code,
                            STRING.matcher(code).replaceAll("\"\"")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Java source text with comments blanked out, strings, text blocks and characters kept. */
    private static final class JavaText {

        private JavaText() {}

        static String withoutComments(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    while (i < text.length() && text.charAt(i) != '\n') i++;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    i = end < 0 ? text.length() : end + 2;
                    out.append(' ');
                } else if (text.startsWith("\"\"\"", i)) {
                    int end = text.indexOf("\"\"\"", i + 3);
                    int stop = end < 0 ? text.length() : end + 3;
                    // A text block becomes an ordinary (empty) literal: its lines are data, not code.
                    out.append("\"\"");
                    i = stop;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                    out.append(text, i, Math.min(j + 1, text.length()));
                    i = j + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }
    }

    /** The strongly connected components of a package graph with more than one package (Tarjan). */
    private static final class Cycles {
        private final Map<String, Set<String>> arrows;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> found = new ArrayList<>();

        Cycles(Map<String, Set<String>> arrows) {
            this.arrows = arrows;
        }

        List<List<String>> find() {
            for (String p : arrows.keySet()) {
                if (!index.containsKey(p)) visit(p);
            }
            return found;
        }

        private void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.add(p);
            for (String q : arrows.get(p)) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (stack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                List<String> component = new ArrayList<>();
                String q;
                do {
                    q = stack.remove(stack.size() - 1);
                    component.add(q);
                } while (!q.equals(p));
                if (component.size() > 1) found.add(component.stream().sorted().toList());
            }
        }
    }
}
