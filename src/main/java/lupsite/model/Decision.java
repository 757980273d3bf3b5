package lupsite.model;

/** A decision by a political body: when, by whom, and its case reference (diarienummer) if known. */
public record Decision(PartialDate date, String body, String reference) {
}
