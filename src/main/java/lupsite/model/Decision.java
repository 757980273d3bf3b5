package lupsite.model;

/**
 * A decision by a political body: when, by whom, its case reference (diarienummer) and the paragraph of the
 * minutes, each null when the source does not say.
 */
public record Decision(PartialDate date, String body, String reference, String paragraph) {
}
