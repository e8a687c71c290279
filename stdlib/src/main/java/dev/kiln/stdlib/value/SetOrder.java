package dev.kiln.stdlib.value;

import dev.kiln.stdlib.text.CodePointOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.zip.CRC32;

/**
 * The order in which set elements are stored and iterated, following cty.
 *
 * <ul>
 *   <li>known, non-null elements come first, then nulls, then unknown values;
 *   <li>strings sort by code point (cty compares Go strings bytewise, i.e. by UTF-8);
 *   <li>numbers sort numerically; {@code false} comes before {@code true};
 *   <li>other element types (collections, objects, tuples) have no natural order in cty, which
 *       iterates them by the CRC-32 of a canonical "hash string". We use the same idea: the CRC-32
 *       of {@link SetHashText} (which follows cty's layout but is not guaranteed byte-identical),
 *       with the hash text itself as a tie breaker, so the order is deterministic but arbitrary.
 * </ul>
 */
final class SetOrder implements Comparator<Value> {

    static final SetOrder INSTANCE = new SetOrder();

    private SetOrder() {}

    @Override
    public int compare(Value a, Value b) {
        int byKind = Integer.compare(rank(a), rank(b));
        if (byKind != 0 || rank(a) != 0) {
            return byKind;
        }
        if (a instanceof StringValue && b instanceof StringValue) {
            return CodePointOrder.INSTANCE.compare(((StringValue) a).value(), ((StringValue) b).value());
        }
        if (a instanceof NumberValue && b instanceof NumberValue) {
            return ((NumberValue) a).value().compareTo(((NumberValue) b).value());
        }
        if (a instanceof BoolValue && b instanceof BoolValue) {
            return Boolean.compare(((BoolValue) a).value(), ((BoolValue) b).value());
        }
        String hashA = SetHashText.of(a);
        String hashB = SetHashText.of(b);
        int byCrc = Long.compare(crc32(hashA), crc32(hashB));
        return byCrc != 0 ? byCrc : hashA.compareTo(hashB);
    }

    private static int rank(Value value) {
        if (!value.isKnown()) {
            return 2;
        }
        return value.isNull() ? 1 : 0;
    }

    private static long crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
