package lupsite.render;

import java.time.Instant;
import java.time.ZoneOffset;

import lupsite.model.PartialDate;

/**
 * The date stamped into a PDF: the follow-up's own date (its first day, when it is known only to the month or
 * year), so the same content gives the same bytes; or
 * SOURCE_DATE_EPOCH when a reproducible-builds pipeline sets it.
 */
final class PdfDates {

    private PdfDates() {
    }

    static Instant of(PartialDate followUpDate) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return followUpDate.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
