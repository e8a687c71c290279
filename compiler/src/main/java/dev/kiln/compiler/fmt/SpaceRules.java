package dev.kiln.compiler.fmt;

import static dev.kiln.compiler.fmt.LayoutKind.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether one space or none goes between two tokens of a cell (hclwrite's spaceAfterToken). The
 * rules are tried in hclwrite's order; the first that applies decides.
 */
final class SpaceRules {

    /** Tokens after which a minus cannot be a subtraction, so it must be a negation. */
    private static final Set<LayoutKind> NEGATION_CONTEXT = EnumSet.of(
            NONE,
            OPAREN,
            OBRACE,
            OBRACK,
            EQUAL,
            COLON,
            COMMA,
            QUESTION,
            PLUS,
            STAR,
            SLASH,
            PERCENT,
            MINUS,
            EQUAL_OP,
            NOT_EQUAL,
            GREATER_THAN,
            GREATER_THAN_EQ,
            LESS_THAN,
            LESS_THAN_EQ,
            AND,
            OR,
            BANG);

    private SpaceRules() {}

    /** Whether {@code subject} (preceded by {@code before}, possibly NONE) wants a space before {@code after}. */
    static boolean spaceAfter(LayoutToken subject, LayoutToken before, LayoutToken after) {
        LayoutKind s = subject.kind();
        LayoutKind a = after.kind();
        if (a == NEWLINE || a == NONE) {
            return false; // never trailing spaces
        }
        if (s == IDENT && a == OPAREN) {
            return false; // function call: name(
        }
        if (s == DOT || a == DOT) {
            return false; // traversals and splats: a.b, a.*.b
        }
        if (a == COMMA || a == ELLIPSIS) {
            return false;
        }
        if (s == COMMA) {
            return true;
        }
        if (s == QUOTED_LIT
                || s == STRING_LIT
                || s == OQUOTE
                || s == OHEREDOC
                || a == QUOTED_LIT
                || a == STRING_LIT
                || a == CQUOTE
                || a == CHEREDOC) {
            return false; // template text is literal: nothing may be added inside it
        }
        if (s == IDENT && subject.text().equals("in") && before.kind() == IDENT) {
            return true; // "for x in [a]": keyword, not an index into a variable named in
        }
        if (a == OBRACK && (s == IDENT || s == NUMBER || subject.bracketChange() < 0)) {
            return false; // index: a[0], f()[0], [x][0]
        }
        if (s == BANG) {
            return false;
        }
        if (s == MINUS) {
            // Negation when the token before cannot end an operand, subtraction otherwise.
            return !NEGATION_CONTEXT.contains(before.kind());
        }
        if (s == OBRACE || a == CBRACE) {
            return !(s == OBRACE && a == CBRACE); // "{ a = 1 }" but "{}"
        }
        if ((s == TEMPLATE_INTERP || s == TEMPLATE_CONTROL) && a == OBRACE) {
            return true; // "${ {a = 1} }" keeps the object visible
        }
        if (s == CBRACE && a == TEMPLATE_SEQ_END) {
            return true;
        }
        if (s == TEMPLATE_SEQ_END && (a == TEMPLATE_INTERP || a == TEMPLATE_CONTROL)) {
            return false; // "${a}${b}"
        }
        if (subject.bracketChange() > 0) {
            return false; // no space after an opening bracket
        }
        if (after.bracketChange() < 0) {
            return false; // nor before a closing one
        }
        return true;
    }
}
