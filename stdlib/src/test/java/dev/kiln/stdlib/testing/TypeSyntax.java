package dev.kiln.stdlib.testing;

import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the type syntax {@link Type#toString()} prints, for table-driven tests. */
public final class TypeSyntax {

    private final String text;
    private int position;

    private TypeSyntax(String text) {
        this.text = text.replace(" ", "");
    }

    /** The type written as {@code text}, e.g. {@code object({a=optional(number)})}. */
    public static Type parse(String text) {
        TypeSyntax parser = new TypeSyntax(text);
        Type type = parser.type();
        if (parser.position != parser.text.length()) {
            throw new IllegalArgumentException("trailing text in type: " + text);
        }
        return type;
    }

    private Type type() {
        String word = word();
        switch (word) {
            case "string":
                return Type.STRING;
            case "number":
                return Type.NUMBER;
            case "bool":
                return Type.BOOL;
            case "any":
                return Type.ANY;
            case "list":
            case "set":
            case "map":
                expect('(');
                Type element = type();
                expect(')');
                return word.equals("list")
                        ? Type.list(element)
                        : word.equals("set") ? Type.set(element) : Type.map(element);
            case "tuple":
                expect('(');
                expect('[');
                List<Type> elements = new ArrayList<>();
                while (peek() != ']') {
                    elements.add(type());
                    if (peek() == ',') {
                        position++;
                    }
                }
                expect(']');
                expect(')');
                return Type.tuple(elements);
            case "object":
                expect('(');
                expect('{');
                Map<String, Type> attributes = new LinkedHashMap<>();
                Set<String> optional = new HashSet<>();
                while (peek() != '}') {
                    String name = word();
                    expect('=');
                    if (text.startsWith("optional(", position)) {
                        position += "optional(".length();
                        attributes.put(name, type());
                        optional.add(name);
                        expect(')');
                    } else {
                        attributes.put(name, type());
                    }
                    if (peek() == ',') {
                        position++;
                    }
                }
                expect('}');
                expect(')');
                return Type.object(attributes, optional);
            default:
                throw new IllegalArgumentException("unknown type keyword '" + word + "' in " + text);
        }
    }

    private String word() {
        int start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        return text.substring(start, position);
    }

    private char peek() {
        return text.charAt(position);
    }

    private void expect(char c) {
        if (position >= text.length() || text.charAt(position) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + position + " in " + text);
        }
        position++;
    }
}
