package lupsite.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Swedish text, the one place every number a page, a PDF or a filled-in text shows is formatted:
 * decimal comma, a no-break space (U+00A0) between thousands so "4 000 kronor" never breaks across lines, the
 * minus sign U+2212 for negatives as Swedish typography wants ("−1,7", not the hyphen "-1,7"), and "ca" before
 * an approximate value. Search splits on anything but letters and digits, so it finds "−1,7" by "-1,7"; files
 * for programs (data/*.json values, CSV) carry plain numbers, and a decided follow-up's record states its
 * facts with {@link #plainMinus} so that the shape of a sign is no change of what it said.
 */
public final class SwedishNumbers {

    /** Between groups of thousands, between "ca" and its number, and between a number and its unit. */
    public static final char NO_BREAK_SPACE = '\u00A0';

    /** Before a negative number. */
    public static final char MINUS = '\u2212';

    private SwedishNumbers() {
    }

    public static String format(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(NO_BREAK_SPACE);
            }
            grouped.append(whole.charAt(i));
        }
        return (rounded.signum() < 0 ? String.valueOf(MINUS) : "") + grouped + fraction;
    }

    /** {@code text} with each minus sign as a hyphen-minus, as records compare and as they were written before. */
    public static String plainMinus(String text) {
        return text.replace(MINUS, '-');
    }

    /** "ca 1 840" for an approximate value, else the number alone. */
    public static String value(BigDecimal value, int decimals, boolean approximate) {
        return (approximate ? "ca" + NO_BREAK_SPACE : "") + format(value, decimals);
    }
}
