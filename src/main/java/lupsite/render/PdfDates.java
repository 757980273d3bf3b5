package lupsite.render;

import java.time.Instant;
import java.time.ZoneOffset;

import lupsite.model.PartialDate;

/**
 * The date stamped into a PDF: the follow-up's or page's own date (its first day, when it is known only to the month
 * or year), so the same content gives the same bytes; or
 * SOURCE_DATE_EPOCH when a reproducible-builds pipeline sets it.
 */
final class PdfDates {

    /** For a PDF that has no date of its own: 1970-01-01, the start of Unix time. */
    static final PartialDate EPOCH = new PartialDate(1970, PartialDate.UNKNOWN, PartialDate.UNKNOWN);

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
