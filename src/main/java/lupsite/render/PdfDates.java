package lupsite.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date stamped into a PDF: the follow-up's own date, so the same content gives the same bytes; or
 * SOURCE_DATE_EPOCH when a reproducible-builds pipeline sets it.
 */
final class PdfDates {

    private PdfDates() {
    }

    static Instant of(LocalDate followUpDate) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return followUpDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
