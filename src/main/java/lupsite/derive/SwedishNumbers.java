package lupsite.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Swedish text: decimal comma, a space between thousands, a hyphen-minus for negatives (the
 * locale's U+2212 does not survive copy into Excel or search).
 */
public final class SwedishNumbers {

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
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (rounded.signum() < 0 ? "-" : "") + grouped + fraction;
    }
}
