package lupsite.render;

import java.time.Instant;
import java.util.Objects;

/**
 * Document-level metadata for a rendered PDF. All values end up both in the
 * document information dictionary and in the XMP packet (PDF/A requires the two
 * to agree). Dates are inputs, never "now", so that output is reproducible.
 *
 * @param title        document title (required; PDF/UA needs dc:title and DisplayDocTitle)
 * @param author       author / organisation, may be null
 * @param subject      short description, may be null
 * @param keywords     comma separated keywords, may be null
 * @param language     BCP 47 tag for the catalog /Lang, e.g. "sv-SE"
 * @param creationDate fixed creation date (e.g. from the data snapshot or SOURCE_DATE_EPOCH)
 * @param modDate      fixed modification date, usually equal to creationDate
 * @param creatorTool  the application that produced the source (xmp:CreatorTool / Info /Creator); null for
 *                     this program and its version
 */
public record PdfMetadata(String title, String author, String subject, String keywords,
                          String language, Instant creationDate, Instant modDate, String creatorTool) {

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(creationDate, "creationDate");
        if (modDate == null) {
            modDate = creationDate;
        }
        if (creatorTool == null) {
            creatorTool = Generator.NAME;
        }
    }
}
