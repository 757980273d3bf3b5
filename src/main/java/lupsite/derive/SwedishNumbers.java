package lupsite.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Swedish text: decimal comma, a no-break space (U+00A0) between thousands so "4 000 kronor" never
 * breaks across lines, a hyphen-minus for negatives (the locale's U+2212 does not survive copy into Excel or
 * search), and "ca" before an approximate value.
 */
public final class SwedishNumbers {

    /** Between groups of thousands, between "ca" and its number, and between a number and its unit. */
    public static final char NO_BREAK_SPACE = '\u00A0';

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
        return (rounded.signum() < 0 ? "-" : "") + grouped + fraction;
    }

    /** "ca 1 840" for an approximate value, else the number alone. */
    public static String value(BigDecimal value, int decimals, boolean approximate) {
        return (approximate ? "ca" + NO_BREAK_SPACE : "") + format(value, decimals);
    }
}
