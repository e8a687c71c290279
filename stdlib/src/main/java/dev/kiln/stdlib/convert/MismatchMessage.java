package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.CollectionType;
import dev.kiln.stdlib.type.ListType;
import dev.kiln.stdlib.type.MapType;
import dev.kiln.stdlib.type.ObjectType;
import dev.kiln.stdlib.type.SetType;
import dev.kiln.stdlib.type.TupleType;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Explains why a value of one type cannot convert to another, worded as cty's
 * {@code convert.MismatchMessage} ("attribute \"a\": number required").
 */
public final class MismatchMessage {

    private MismatchMessage() {}

    /** Why {@code got} does not convert to {@code want}; only meaningful when it does not. */
    public static String of(Type got, Type want) {
        if (got instanceof ObjectType && want instanceof ObjectType) {
            return objects((ObjectType) got, (ObjectType) want);
        }
        if (got instanceof TupleType && want instanceof ListType && ((ListType) want).elementType() == Type.ANY) {
            return "all list elements must have the same type";
        }
        if (got instanceof TupleType && want instanceof SetType && ((SetType) want).elementType() == Type.ANY) {
            return "all set elements must have the same type";
        }
        if (got instanceof ObjectType && want instanceof MapType && ((MapType) want).elementType() == Type.ANY) {
            return "all map elements must have the same type";
        }
        if ((got instanceof TupleType || got instanceof ObjectType) && want instanceof CollectionType) {
            return collectionFromStructural(got, (CollectionType) want);
        }
        if (got instanceof CollectionType && want instanceof CollectionType) {
            return collectionFromCollection((CollectionType) got, (CollectionType) want);
        }
        return required(want);
    }

    private static String required(Type want) {
        return want.friendlyNameForConstraint() + " required";
    }

    private static String objects(ObjectType got, ObjectType want) {
        List<String> missing = new ArrayList<>();
        String unsafeMismatch = null;
        String safeMismatch = null;
        for (Map.Entry<String, Type> attr : want.attributeTypes().entrySet()) {
            String name = attr.getKey();
            Type gotType = got.attributeType(name);
            if (gotType == null) {
                if (!want.isOptional(name)) {
                    missing.add(name);
                }
                continue;
            }
            if (unsafeMismatch != null) {
                continue;
            }
            if (!ConversionRules.exists(gotType, attr.getValue(), Safety.UNSAFE)) {
                unsafeMismatch = "attribute " + quote(name) + ": " + of(gotType, attr.getValue());
            }
            if (safeMismatch == null && !ConversionRules.exists(gotType, attr.getValue(), Safety.SAFE)) {
                safeMismatch = "attribute " + quote(name) + ": " + of(gotType, attr.getValue());
            }
        }
        if (missing.size() == 1) {
            return "attribute " + quote(missing.get(0)) + " is required";
        }
        if (missing.size() == 2) {
            return "attributes " + quote(missing.get(0)) + " and " + quote(missing.get(1)) + " are required";
        }
        if (missing.size() > 2) {
            StringBuilder names = new StringBuilder();
            for (String name : missing.subList(0, missing.size() - 1)) {
                names.append(quote(name)).append(", ");
            }
            names.append("and ").append(quote(missing.get(missing.size() - 1)));
            return "attributes " + names + " are required";
        }
        if (unsafeMismatch != null) {
            return unsafeMismatch;
        }
        return safeMismatch != null ? safeMismatch : "incorrect object attributes";
    }

    private static String collectionFromStructural(Type got, CollectionType want) {
        if ((want instanceof MapType) != (got instanceof ObjectType)) {
            return required(want);
        }
        Type wantElement = want.elementType();
        if (got instanceof TupleType) {
            List<Type> elements = ((TupleType) got).elementTypes();
            for (int i = 0; i < elements.size(); i++) {
                if (!ConversionRules.exists(elements.get(i), wantElement, Safety.UNSAFE)) {
                    return "element " + i + ": " + of(elements.get(i), wantElement);
                }
            }
        } else {
            for (Map.Entry<String, Type> attr :
                    ((ObjectType) got).attributeTypes().entrySet()) {
                if (!ConversionRules.exists(attr.getValue(), wantElement, Safety.UNSAFE)) {
                    return "element " + quote(attr.getKey()) + ": " + of(attr.getValue(), wantElement);
                }
            }
        }
        return "all elements must be " + wantElement.friendlyNameForConstraint();
    }

    private static String collectionFromCollection(CollectionType got, CollectionType want) {
        boolean sequenceWanted = want instanceof ListType || want instanceof SetType;
        boolean sequenceGot = got instanceof ListType || got instanceof SetType;
        if (sequenceWanted != sequenceGot) {
            return required(want);
        }
        return "incorrect " + want.kind() + " element type: " + of(got.elementType(), want.elementType());
    }

    /** {@code text} in double quotes with Go's {@code %q} escapes for the common cases. */
    static String quote(String text) {
        return '"'
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t")
                + '"';
    }
}
