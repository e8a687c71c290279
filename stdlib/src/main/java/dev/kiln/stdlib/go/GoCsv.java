package dev.kiln.stdlib.go;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code encoding/csv} reader with default settings, and its error messages. */
public final class GoCsv {

    private GoCsv() {}

    /** A {@code csv.ParseError}, worded by its {@code Error()} method. */
    public static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;

        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    /** Every record; each must have as many fields as the first, as with FieldsPerRecord = 0. */
    public static List<List<String>> read(String text) throws ParseError {
        List<List<String>> records = new ArrayList<>();
        int[] pos = {0};
        int[] line = {0};
        int expected = -1;
        while (true) {
            int startLine = line[0] + 1;
            List<String> record = readRecord(text, pos, line);
            if (record == null) {
                return records;
            }
            if (expected < 0) {
                expected = record.size();
            } else if (record.size() != expected) {
                throw new ParseError("record on line " + startLine + ": wrong number of fields");
            }
            records.add(record);
        }
    }

    private static List<String> readRecord(String s, int[] pos, int[] line) throws ParseError {
        // Skip empty lines, as Go does.
        while (pos[0] < s.length()) {
            int end = lineEnd(s, pos[0]);
            String content = s.substring(pos[0], end).replaceAll("\r$", "");
            if (!content.isEmpty()) {
                break;
            }
            line[0]++;
            pos[0] = Math.min(s.length(), end + 1);
        }
        if (pos[0] >= s.length()) {
            return null;
        }
        line[0]++;
        int recordLine = line[0];
        List<String> fields = new ArrayList<>();
        int lineStart = pos[0];
        int i = pos[0];
        while (true) {
            if (i < s.length() && s.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new ParseError(error(
                                recordLine,
                                line[0],
                                utf8Column(s, lineStart, i) + 1,
                                "extraneous or missing \" in quoted-field"));
                    }
                    char c = s.charAt(i);
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        if (i >= s.length()
                                || s.charAt(i) == ','
                                || s.charAt(i) == '\n'
                                || (s.charAt(i) == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) == '\n'))) {
                            break;
                        }
                        throw new ParseError(error(
                                recordLine,
                                line[0],
                                utf8Column(s, lineStart, i),
                                "extraneous or missing \" in quoted-field"));
                    }
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                        continue;
                    }
                    if (c == '\n') {
                        line[0]++;
                        lineStart = i + 1;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
            } else {
                int start = i;
                while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '"') {
                        throw new ParseError(error(
                                recordLine, line[0], utf8Column(s, lineStart, i) + 1, "bare \" in non-quoted-field"));
                    }
                    i++;
                }
                String field = s.substring(start, i);
                if (i >= s.length() || s.charAt(i) == '\n') {
                    field = field.replaceAll("\r$", "");
                }
                fields.add(field);
            }
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i < s.length() && s.charAt(i) == '\r') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '\n') {
                i++;
            }
            pos[0] = i;
            return fields;
        }
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    private static int utf8Column(String s, int lineStart, int i) {
        return s.substring(lineStart, i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String error(int startLine, int line, int column, String what) {
        if (startLine != line) {
            return "record on line " + startLine + "; parse error on line " + line + ", column " + column + ": " + what;
        }
        return "parse error on line " + line + ", column " + column + ": " + what;
    }
}
