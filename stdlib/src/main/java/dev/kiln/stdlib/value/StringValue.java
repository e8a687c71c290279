package dev.kiln.stdlib.value;

import dev.kiln.stdlib.text.GraphemeClusters;
import dev.kiln.stdlib.type.Type;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/** A known string, always in Unicode normalisation form C (as cty normalises on creation). */
public record StringValue(String value, Marks marks) implements Value {

    /** Normalises {@code value} to NFC. */
    public StringValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(marks, "marks");
        value = normalize(value);
    }

    /** {@code text} in NFC, the form cty keeps every string (and map key) in. */
    public static String normalize(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The number of user-perceived characters (grapheme clusters), as HCL's {@code length}. */
    public int length() {
        return GraphemeClusters.count(value);
    }

    /** The grapheme clusters of this string. */
    public List<String> graphemes() {
        return GraphemeClusters.split(value);
    }

    @Override
    public Type type() {
        return Type.STRING;
    }

    @Override
    public StringValue withMarks(Marks marks) {
        return new StringValue(value, marks);
    }

    @Override
    public Marks deepMarks() {
        return marks;
    }

    @Override
    public StringValue unmarkDeep() {
        return withMarks(Marks.NONE);
    }

    @Override
    public boolean isWhollyKnown() {
        return true;
    }

    @Override
    public String toString() {
        return "string(" + value + ")" + (marks.isEmpty() ? "" : marks);
    }
}
