package dev.kiln.stdlib.text;

import java.util.Comparator;

/**
 * Orders strings by Unicode code point, which is the byte order of their UTF-8 encoding and so the
 * order Go (and therefore cty) uses for map keys and object attributes. {@link String#compareTo}
 * compares UTF-16 units and disagrees for characters above U+FFFF.
 */
public final class CodePointOrder implements Comparator<String> {

    /** The single instance. */
    public static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
