package dev.kiln.stdlib.functions;

import com.google.re2j.Matcher;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.go.GoFormat;
import dev.kiln.stdlib.go.Re2Pattern;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Functions on strings. */
public final class StringFunctions {

    private StringFunctions() {}

    /** {@code upper(str)}: cty's {@code UpperFunc}. */
    public static final Function UPPER = Function.builder("upper")
            .parameter(Parameter.of("str", Type.STRING).allowingDynamicType())
            .returns(Type.STRING)
            .summary("Converts all cased letters in the given string to uppercase.")
            .description("Letters are converted one code point at a time with Unicode's simple case"
                    + " mapping, as Go's strings.ToUpper does, so \"ß\" stays \"ß\".")
            .implementation((args, returnType) -> Value.string(upper(str(args, 0))))
            .build();

    /** {@code lower(str)}: cty's {@code LowerFunc}. */
    public static final Function LOWER = Function.builder("lower")
            .parameter(Parameter.of("str", Type.STRING).allowingDynamicType())
            .returns(Type.STRING)
            .summary("Converts all cased letters in the given string to lowercase.")
            .description("Letters are converted one code point at a time with Unicode's simple case"
                    + " mapping, as Go's strings.ToLower does.")
            .implementation((args, returnType) -> Value.string(lower(str(args, 0))))
            .build();

    /** {@code chomp(str)}: cty's {@code ChompFunc}. */
    public static final Function CHOMP = Function.builder("chomp")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Removes newline characters at the end of a string.")
            .description(
                    "Every trailing \\n, \\r\\n and \\r is removed; newlines elsewhere in the string" + " are kept.")
            .implementation((args, returnType) -> Value.string(chomp(str(args, 0))))
            .build();

    /** {@code indent(spaces, str)}: cty's {@code IndentFunc}. */
    public static final Function INDENT = Function.builder("indent")
            .parameter(Parameter.of("spaces", Type.NUMBER))
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Adds a given number of spaces after each newline character in the given string.")
            .description("The first line is left alone, which suits interpolating a multi-line string into"
                    + " an already indented position such as a heredoc.")
            .implementation(StringFunctions::indent)
            .build();

    /** {@code join(separator, lists...)}: cty's {@code JoinFunc}. */
    public static final Function JOIN = Function.builder("join")
            .parameter(Parameter.of("separator", Type.STRING))
            .variadic(Parameter.of("lists", Type.list(Type.STRING)))
            .returns(Type.STRING)
            .summary("Concatenates the elements of one or more lists of strings with a separator.")
            .description("Elements of all the given lists are joined in order; null elements are an error."
                    + " The result is unknown while any element is unknown.")
            .implementation(StringFunctions::join)
            .build();

    /** {@code split(separator, str)}: cty's {@code SplitFunc}. */
    public static final Function SPLIT = Function.builder("split")
            .parameter(Parameter.of("separator", Type.STRING))
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.list(Type.STRING))
            .summary("Divides a string at every occurrence of a separator, giving a list of strings.")
            .description("As Go's strings.Split: an empty separator splits between every character (code"
                    + " point), and splitting the empty string with a non-empty separator gives"
                    + " one empty string.")
            .implementation((args, returnType) -> split(str(args, 0), str(args, 1)))
            .build();

    /** {@code replace(str, substr, replace)}: cty's {@code ReplaceFunc}. */
    public static final Function REPLACE = Function.builder("replace")
            .parameter(Parameter.of("str", Type.STRING))
            .parameter(Parameter.of("substr", Type.STRING))
            .parameter(Parameter.of("replace", Type.STRING))
            .returns(Type.STRING)
            .summary("Replaces every occurrence of a substring with another string.")
            .description("The search string is literal: unlike Terraform's replace, Packer does not treat"
                    + " /.../ as a regular expression (use regex_replace for that).")
            .implementation((args, returnType) -> Value.string(replaceAll(str(args, 0), str(args, 1), str(args, 2))))
            .build();

    /** {@code regex_replace(str, substr, replace)}: cty's {@code RegexpReplaceFunc}. */
    public static final Function REGEX_REPLACE = Function.builder("regex_replace")
            .parameter(Parameter.of("str", Type.STRING))
            .parameter(Parameter.of("substr", Type.STRING))
            .parameter(Parameter.of("replace", Type.STRING))
            .returns(Type.STRING)
            .summary("Replaces every match of a regular expression with a replacement string.")
            .description("The pattern uses Go's RE2 syntax. In the replacement, $1 or ${1} insert a"
                    + " numbered group, $name or ${name} a named group and $$ a literal dollar.")
            .implementation(StringFunctions::regexReplace)
            .build();

    /** {@code regex(pattern, string)}: cty's {@code RegexFunc}. */
    public static final Function REGEX = Function.builder("regex")
            .parameter(Parameter.of("pattern", Type.STRING))
            .parameter(Parameter.of("string", Type.STRING))
            .returns(Type.ANY, args -> args.get(0).isKnown() ? regexResultType(args.get(0)) : Type.ANY)
            .summary("Applies a regular expression to a string and returns the first match.")
            .description("Without capture groups the result is the matched string; with unnamed groups a"
                    + " tuple of the groups; with named groups, (?P<name>...), an object. Groups"
                    + " that did not take part in the match are null. It is an error if the"
                    + " pattern does not match.")
            .implementation(StringFunctions::regex)
            .build();

    /** {@code regexall(pattern, string)}: cty's {@code RegexAllFunc}. */
    public static final Function REGEXALL = Function.builder("regexall")
            .parameter(Parameter.of("pattern", Type.STRING))
            .parameter(Parameter.of("string", Type.STRING))
            .returns(
                    Type.list(Type.ANY),
                    args -> Type.list(args.get(0).isKnown() ? regexResultType(args.get(0)) : Type.ANY))
            .summary("Applies a regular expression to a string and returns a list of all matches.")
            .description("Each element has the shape regex would return for one match. No match gives an"
                    + " empty list, so length(regexall(...)) > 0 tests for a match.")
            .implementation(StringFunctions::regexAll)
            .build();

    /** {@code startswith(str, prefix)}: Packer's own {@code StartsWithFunc}. */
    public static final Function STARTSWITH = Function.builder("startswith")
            .parameter(Parameter.of("str", Type.STRING).allowingUnknown())
            .parameter(Parameter.of("prefix", Type.STRING))
            .returns(Type.BOOL)
            .summary("Tells whether a string begins with the given prefix.")
            .description("The comparison is exact (case-sensitive). The empty prefix matches every string,"
                    + " even one that is not known yet.")
            .implementation((args, returnType) -> affix(args, true))
            .build();

    /** {@code endswith(str, suffix)}: Packer's own {@code EndsWithFunc}. */
    public static final Function ENDSWITH = Function.builder("endswith")
            .parameter(Parameter.of("str", Type.STRING).allowingUnknown())
            .parameter(Parameter.of("suffix", Type.STRING))
            .returns(Type.BOOL)
            .summary("Tells whether a string ends with the given suffix.")
            .description("The comparison is exact (case-sensitive). The empty suffix matches every string,"
                    + " even one that is not known yet.")
            .implementation((args, returnType) -> affix(args, false))
            .build();

    /** {@code strcontains(str, substr)}: Packer's own {@code StrContains}. */
    public static final Function STRCONTAINS = Function.builder("strcontains")
            .parameter(Parameter.of("str", Type.STRING))
            .parameter(Parameter.of("substr", Type.STRING))
            .returns(Type.BOOL)
            .summary("Tells whether a string contains the given substring.")
            .description("The comparison is exact (case-sensitive); the empty substring is always found.")
            .implementation((args, returnType) -> Value.bool(str(args, 0).contains(str(args, 1))))
            .build();

    /** {@code strrev(str)}: cty's {@code ReverseFunc}. */
    public static final Function STRREV = Function.builder("strrev")
            .parameter(Parameter.of("str", Type.STRING).allowingDynamicType())
            .returns(Type.STRING)
            .summary("Reverses the characters in a string.")
            .description("Characters are user-perceived characters (grapheme clusters), so combining marks"
                    + " and emoji sequences stay intact.")
            .implementation((args, returnType) -> strrev((StringValue) args.get(0)))
            .build();

    /** {@code substr(str, offset, length)}: cty's {@code SubstrFunc}. */
    public static final Function SUBSTR = Function.builder("substr")
            .parameter(Parameter.of("str", Type.STRING).allowingDynamicType())
            .parameter(Parameter.of("offset", Type.NUMBER).allowingDynamicType())
            .parameter(Parameter.of("length", Type.NUMBER).allowingDynamicType())
            .returns(Type.STRING)
            .summary("Extracts a substring from a string by offset and length.")
            .description("Offset and length count grapheme clusters. A negative offset counts from the end"
                    + " of the string, and a length of -1 takes the rest of the string. Going past"
                    + " the end gives a shorter (possibly empty) result rather than an error.")
            .implementation(StringFunctions::substr)
            .build();

    /** {@code title(str)}: cty's {@code TitleFunc}. */
    public static final Function TITLE = Function.builder("title")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Converts the first letter of each word in a string to title case.")
            .description("As Go's strings.Title: a word starts after any character that is not a letter,"
                    + " digit or underscore (ASCII punctuation counts as a separator), and other"
                    + " letters are left as they are.")
            .implementation((args, returnType) -> Value.string(title(str(args, 0))))
            .build();

    /** {@code trim(str, cutset)}: cty's {@code TrimFunc}. */
    public static final Function TRIM = Function.builder("trim")
            .parameter(Parameter.of("str", Type.STRING))
            .parameter(Parameter.of("cutset", Type.STRING))
            .returns(Type.STRING)
            .summary("Removes the given characters from the start and end of a string.")
            .description("The second argument is a set of characters, not a prefix or suffix: every leading"
                    + " and trailing character found in it is removed.")
            .implementation((args, returnType) -> Value.string(trim(str(args, 0), str(args, 1))))
            .build();

    /** {@code trimprefix(str, prefix)}: cty's {@code TrimPrefixFunc}. */
    public static final Function TRIMPREFIX = Function.builder("trimprefix")
            .parameter(Parameter.of("str", Type.STRING))
            .parameter(Parameter.of("prefix", Type.STRING))
            .returns(Type.STRING)
            .summary("Removes the given prefix from the start of a string, if present.")
            .description("The prefix is removed once; a string without it is returned unchanged.")
            .implementation((args, returnType) -> {
                String s = str(args, 0);
                String prefix = str(args, 1);
                return Value.string(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
            })
            .build();

    /** {@code trimsuffix(str, suffix)}: cty's {@code TrimSuffixFunc}. */
    public static final Function TRIMSUFFIX = Function.builder("trimsuffix")
            .parameter(Parameter.of("str", Type.STRING))
            .parameter(Parameter.of("suffix", Type.STRING))
            .returns(Type.STRING)
            .summary("Removes the given suffix from the end of a string, if present.")
            .description("The suffix is removed once; a string without it is returned unchanged.")
            .implementation((args, returnType) -> {
                String s = str(args, 0);
                String suffix = str(args, 1);
                return Value.string(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
            })
            .build();

    /** {@code trimspace(str)}: cty's {@code TrimSpaceFunc}. */
    public static final Function TRIMSPACE = Function.builder("trimspace")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Removes whitespace from the start and end of a string.")
            .description("Whitespace is Unicode's White_Space property, as Go's strings.TrimSpace uses it:"
                    + " spaces, tabs, newlines, no-break spaces, ideographic spaces and the like.")
            .implementation((args, returnType) -> Value.string(trimSpace(str(args, 0))))
            .build();

    /** {@code format(format, args...)}: cty's {@code FormatFunc}. */
    public static final Function FORMAT = Function.builder("format")
            .parameter(Parameter.of("format", Type.STRING))
            .variadic(Parameter.of("args", Type.ANY).allowingNull())
            .returns(Type.STRING)
            .summary("Produces a string by formatting values according to a specification string.")
            .description("Verbs as in printf: %s %q %d %b %o %x %X %e %E %f %g %G %t %v %#v and %%, with"
                    + " flags (- + # 0 space), width, precision and %[n] argument indexes. %v"
                    + " writes strings and numbers plainly and other values as JSON. Width and"
                    + " string precision count grapheme clusters. Unused arguments are an error.")
            .implementation(StringFunctions::format)
            .build();

    /** {@code formatlist(format, args...)}: cty's {@code FormatListFunc}. */
    public static final Function FORMATLIST = Function.builder("formatlist")
            .parameter(Parameter.of("format", Type.STRING))
            .variadic(Parameter.of("args", Type.ANY).allowingNull().allowingUnknown())
            .returns(Type.list(Type.STRING))
            .summary("Formats each element of one or more lists, giving a list of strings.")
            .description("Arguments that are lists, sets or tuples are iterated in step (they must all have"
                    + " the same length); other arguments are repeated for every element. The"
                    + " format specification is the one format uses.")
            .implementation(StringFunctions::formatList)
            .build();

    /** All functions of this family. */
    public static List<Function> all() {
        return List.of(
                CHOMP,
                ENDSWITH,
                FORMAT,
                FORMATLIST,
                INDENT,
                JOIN,
                LOWER,
                REGEX,
                REGEXALL,
                REGEX_REPLACE,
                REPLACE,
                SPLIT,
                STARTSWITH,
                STRCONTAINS,
                STRREV,
                SUBSTR,
                TITLE,
                TRIM,
                TRIMPREFIX,
                TRIMSPACE,
                TRIMSUFFIX,
                UPPER);
    }

    private static String str(List<Value> args, int index) {
        return ((StringValue) args.get(index)).value();
    }

    private static String upper(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.toUpperCase(c)));
        return out.toString();
    }

    private static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    private static String chomp(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static Value indent(List<Value> args, Type returnType) throws FunctionException {
        long spaces = WholeNumbers.toLong(args.get(0)).orElseThrow(() -> FunctionException.of(WholeNumbers.NOT_WHOLE));
        if (spaces < 0) {
            // Go panics in strings.Repeat here; a plain error says the same thing more kindly.
            throw FunctionException.argument(0, "spaces must not be negative");
        }
        String text = str(args, 1);
        long newlines = text.chars().filter(c -> c == '\n').count();
        if (newlines * spaces > 100_000_000L) {
            throw FunctionException.argument(0, "the result would be too long");
        }
        return Value.string(text.replace("\n", "\n" + " ".repeat((int) spaces)));
    }

    private static Value join(List<Value> args, Type returnType) throws FunctionException {
        String separator = str(args, 0);
        List<Value> lists = args.subList(1, args.size());
        if (lists.isEmpty()) {
            throw FunctionException.of("at least one list is required");
        }
        for (Value list : lists) {
            if (!list.isWhollyKnown()) {
                return Value.unknown(Type.STRING);
            }
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            List<Value> elements = ((ListValue) lists.get(i)).elements();
            for (int e = 0; e < elements.size(); e++) {
                Value element = elements.get(e);
                if (element.isNull()) {
                    String where = lists.size() > 1 ? "element " + e + " of list " + (i + 1) : "element " + e;
                    throw FunctionException.argument(i + 1, where + " is null; cannot concatenate null values");
                }
                items.add(((StringValue) element).value());
            }
        }
        return Value.string(String.join(separator, items));
    }

    private static Value split(String separator, String text) {
        List<Value> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> parts.add(Value.string(new String(Character.toChars(c)))));
        } else {
            int start = 0;
            for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
                parts.add(Value.string(text.substring(start, at)));
                start = at + separator.length();
            }
            parts.add(Value.string(text.substring(start)));
        }
        return Value.list(Type.STRING, parts);
    }

    /** Go's strings.Replace with n = -1: an empty search string matches between code points. */
    private static String replaceAll(String text, String search, String replacement) {
        if (!search.isEmpty()) {
            return text.replace(search, replacement);
        }
        StringBuilder out = new StringBuilder(replacement);
        text.codePoints().forEach(c -> out.appendCodePoint(c).append(replacement));
        return out.toString();
    }

    private static Re2Pattern compile(int argument, String pattern, boolean forReplace) throws FunctionException {
        try {
            return Re2Pattern.compile(pattern);
        } catch (Re2Pattern.SyntaxError e) {
            if (forReplace) {
                // regex_replace passes Go's error through unchanged.
                throw FunctionException.of("error parsing regexp: " + e.getMessage());
            }
            throw FunctionException.argument(argument, "invalid regexp pattern: " + e.code + " in " + e.expr);
        }
    }

    private static Type regexResultType(Value pattern) throws FunctionException {
        Re2Pattern re = compile(0, ((StringValue) pattern).value(), false);
        long unnamed = re.groupNames.stream().filter(String::isEmpty).count();
        long named = re.groupNames.size() - unnamed;
        if (unnamed == 0 && named == 0) {
            return Type.STRING;
        }
        if (unnamed > 0 && named > 0) {
            throw FunctionException.argument(
                    0, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
        }
        if (unnamed > 0) {
            return Type.tuple(Collections.nCopies((int) unnamed, Type.STRING));
        }
        Map<String, Type> attributes = new LinkedHashMap<>();
        re.groupNames.forEach(name -> attributes.put(name, Type.STRING));
        return Type.object(attributes);
    }

    private static Value regex(List<Value> args, Type returnType) throws FunctionException {
        Re2Pattern re = compile(0, str(args, 0), false);
        Matcher matcher = re.pattern.matcher(str(args, 1));
        if (!matcher.find()) {
            throw FunctionException.of("pattern did not match any part of the given string");
        }
        return matchResult(re, matcher, returnType);
    }

    private static Value regexAll(List<Value> args, Type returnType) throws FunctionException {
        Re2Pattern re = compile(0, str(args, 0), false);
        Type elementType = ((ListType) returnType).elementType();
        List<Value> matches = new ArrayList<>();
        Matcher matcher = re.pattern.matcher(str(args, 1));
        int previousEnd = -1;
        while (matcher.find()) {
            // Go ignores an empty match right after the previous match.
            if (matcher.start() == matcher.end() && matcher.start() == previousEnd) {
                continue;
            }
            matches.add(matchResult(re, matcher, elementType));
            previousEnd = matcher.end();
        }
        return Value.list(elementType, matches);
    }

    private static Value matchResult(Re2Pattern re, Matcher matcher, Type type) {
        if (type == Type.STRING) {
            return Value.string(matcher.group());
        }
        List<Value> groups = new ArrayList<>();
        for (int g = 1; g <= matcher.groupCount(); g++) {
            String text = matcher.group(g);
            groups.add(text == null ? Value.nullOf(Type.STRING) : Value.string(text));
        }
        if (type instanceof TupleType) {
            return Value.tuple(groups);
        }
        Map<String, Value> attributes = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            attributes.put(re.groupNames.get(g), groups.get(g));
        }
        return Value.object(attributes);
    }

    private static Value regexReplace(List<Value> args, Type returnType) throws FunctionException {
        String text = str(args, 0);
        Re2Pattern re = compile(1, str(args, 1), true);
        String template = str(args, 2);
        StringBuilder out = new StringBuilder();
        Matcher matcher = re.pattern.matcher(text);
        int lastEnd = 0;
        boolean matchedBefore = false;
        while (matcher.find()) {
            out.append(text, lastEnd, matcher.start());
            // As Go's ReplaceAll: no replacement for an empty match right after another match.
            if (matcher.end() > lastEnd || matcher.start() == 0 && !matchedBefore) {
                expand(re, matcher, template, out);
            }
            matchedBefore = true;
            lastEnd = matcher.end();
        }
        out.append(text.substring(lastEnd));
        return Value.string(out.toString());
    }

    /** Go's Regexp.Expand: $1, ${1}, $name, ${name} and $$; unknown groups expand to nothing. */
    private static void expand(Re2Pattern re, Matcher matcher, String template, StringBuilder out) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            int nameStart = i + 1;
            boolean brace = nameStart < template.length() && template.charAt(nameStart) == '{';
            if (brace) {
                nameStart++;
            }
            int nameEnd = nameStart;
            while (nameEnd < template.length()) {
                int cp = template.codePointAt(nameEnd);
                if (!(Character.isLetterOrDigit(cp) || cp == '_')) {
                    break;
                }
                nameEnd += Character.charCount(cp);
            }
            boolean ok =
                    nameEnd > nameStart && (!brace || nameEnd < template.length() && template.charAt(nameEnd) == '}');
            if (!ok) {
                // Malformed: Go copies the dollar sign literally.
                out.append('$');
                i++;
                continue;
            }
            String group = re.group(matcher, template.substring(nameStart, nameEnd));
            if (group != null) {
                out.append(group);
            }
            i = brace ? nameEnd + 1 : nameEnd;
        }
    }

    private static Value affix(List<Value> args, boolean prefix) {
        String affix = str(args, 1);
        if (!args.get(0).isKnown()) {
            return affix.isEmpty() ? Value.TRUE : Value.unknown(Type.BOOL);
        }
        String text = str(args, 0);
        return Value.bool(prefix ? text.startsWith(affix) : text.endsWith(affix));
    }

    private static Value strrev(StringValue str) {
        List<String> clusters = new ArrayList<>(str.graphemes());
        Collections.reverse(clusters);
        return Value.string(String.join("", clusters));
    }

    private static Value substr(List<Value> args, Type returnType) throws FunctionException {
        StringValue str = (StringValue) args.get(0);
        long offset = WholeNumbers.toLong(args.get(1)).orElseThrow(() -> FunctionException.of(WholeNumbers.NOT_WHOLE));
        long length = WholeNumbers.toLong(args.get(2)).orElseThrow(() -> FunctionException.of(WholeNumbers.NOT_WHOLE));
        List<String> clusters = str.graphemes();
        int total = clusters.size();
        if (offset < 0) {
            offset += total;
        } else if (length == 0) {
            return Value.string("");
        }
        // A still-negative offset starts at the beginning, as cty's loop does.
        int from = (int) Math.max(0, Math.min(total, offset));
        if (length < 0) {
            return Value.string(String.join("", clusters.subList(from, total)));
        }
        // cty's scan never stops at a length of 0 (only reachable with a negative offset), so it
        // takes the rest of the string.
        int to = length == 0 ? total : (int) Math.min(total, from + length);
        return Value.string(String.join("", clusters.subList(from, to)));
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out.appendCodePoint(isSeparator(previous) ? Character.toTitleCase(c) : c);
            previous = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Go's strings.isSeparator, which decides where strings.Title starts a word. */
    private static boolean isSeparator(int c) {
        if (c <= 0x7f) {
            return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_');
        }
        if (Character.isLetter(c) || Character.isDigit(c)) {
            return false;
        }
        return isGoSpace(c);
    }

    /** Go's unicode.IsSpace: the White_Space property. */
    private static boolean isGoSpace(int c) {
        switch (c) {
            case '\t':
            case '\n':
            case 0x0b:
            case '\f':
            case '\r':
            case ' ':
            case 0x85:
            case 0xa0:
            case 0x1680:
            case 0x2028:
            case 0x2029:
            case 0x202f:
            case 0x205f:
            case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    private static String trimSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isGoSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isGoSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static String trim(String text, String cutset) {
        int start = 0;
        int end = text.length();
        while (start < end && cutset.indexOf(text.codePointAt(start)) >= 0) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && cutset.indexOf(text.codePointBefore(end)) >= 0) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static Value format(List<Value> args, Type returnType) throws FunctionException {
        List<Value> values = args.subList(1, args.size());
        for (Value value : values) {
            if (!value.isWhollyKnown()) {
                // Collections print as JSON, which needs every nested value.
                return Value.unknown(Type.STRING);
            }
        }
        return Value.string(GoFormat.format(str(args, 0), values));
    }

    private static Value formatList(List<Value> args, Type returnType) throws FunctionException {
        String format = str(args, 0);
        List<Value> values = args.subList(1, args.size());
        if (values.isEmpty()) {
            return Value.list(Type.STRING, List.of(Value.string(GoFormat.format(format, values))));
        }
        int length = -1;
        int chooser = -1;
        boolean unknown = false;
        List<List<Value>> sequences = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            Type type = value.type();
            boolean sequence = type instanceof ListType || type instanceof SetType || type instanceof TupleType;
            if (!sequence || value.isNull()) {
                sequences.add(null);
                continue;
            }
            sequences.add(List.of());
            if (!(type instanceof TupleType)
                    && (!value.isKnown() || value instanceof SetValue && ((SetValue) value).hasUnknownElements())) {
                unknown = true;
                continue;
            }
            int thisLength = type instanceof TupleType
                    ? ((TupleType) type).length()
                    : elements(value).size();
            if (length == -1) {
                length = thisLength;
                chooser = i;
            } else if (thisLength != length) {
                throw FunctionException.argument(
                        i + 1,
                        String.format(
                                "argument %d has length %d, which is inconsistent with argument %d of length %d",
                                i + 1, thisLength, chooser + 1, length));
            }
            if (!value.isKnown()) {
                unknown = true;
                continue;
            }
            sequences.set(i, elements(value));
        }
        if (unknown) {
            return Value.unknown(returnType);
        }
        if (length == 0) {
            return Value.emptyList(Type.STRING);
        }
        List<Value> results = new ArrayList<>();
        for (int iteration = 0; iteration < Math.max(length, 1); iteration++) {
            List<Value> formatArgs = new ArrayList<>();
            boolean known = true;
            for (int i = 0; i < values.size(); i++) {
                Value value = sequences.get(i) == null
                        ? values.get(i)
                        : sequences.get(i).get(iteration);
                known &= value.isWhollyKnown();
                formatArgs.add(value);
            }
            if (!known) {
                results.add(Value.unknown(Type.STRING));
                continue;
            }
            try {
                results.add(Value.string(GoFormat.format(format, formatArgs)));
            } catch (FunctionException e) {
                throw FunctionException.of("error on format iteration " + iteration + ": " + e.getMessage());
            }
        }
        return Value.list(Type.STRING, results);
    }

    private static List<Value> elements(Value sequence) {
        if (sequence instanceof ListValue) {
            return ((ListValue) sequence).elements();
        }
        if (sequence instanceof SetValue) {
            return ((SetValue) sequence).elements();
        }
        return ((TupleValue) sequence).elements();
    }
}
