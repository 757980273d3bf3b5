package lupsite.render;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thin wrapper around veraPDF's greenfield validator (org.verapdf:validation-model).
 * Usage: {@code VeraPdf.Report r = VeraPdf.validate(pdfBytes, PDFAFlavour.PDFUA_1);}
 */
public final class VeraPdf {

    static {
        // Registers the greenfield (non-PDFBox) parser as Foundries.defaultInstance().
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** Result of one validation: compliant flag plus one line per failed rule. */
    public record Report(PDFAFlavour flavour, boolean compliant, int totalAssertions, List<String> failedRules) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append("veraPDF ").append(flavour.getId()).append(": ")
              .append(compliant ? "COMPLIANT" : "NOT COMPLIANT")
              .append(" (").append(totalAssertions).append(" assertions, ")
              .append(failedRules.size()).append(" failed rules)");
            for (String f : failedRules) {
                sb.append("\n  ").append(f);
            }
            return sb.toString();
        }
    }

    /**
     * Validates {@code pdf} against {@code flavour} (e.g. PDFUA_1, PDFA_2_A). The flavour is
     * forced, not taken from the file's XMP, so a missing/wrong pdfaid claim is reported too.
     */
    public static Report validate(byte[] pdf, PDFAFlavour flavour) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);

            // Failed checks per rule, with the rule text and the first failure's message.
            Map<RuleId, String> firstMessage = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    firstMessage.putIfAbsent(a.getRuleId(),
                            a.getErrorMessage() != null ? a.getErrorMessage() : a.getMessage());
                }
            }
            List<String> failed = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                String where = "";
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getRuleId().equals(id) && a.getStatus() == TestAssertion.Status.FAILED) {
                        where = a.getLocation() != null ? a.getLocation().getContext() : "";
                        break;
                    }
                }
                failed.add(id.getSpecification().name() + " " + id.getClause() + "-" + id.getTestNumber()
                        + " x" + e.getValue()
                        + ": " + (rule != null ? rule.getDescription() : "?")
                        + " | " + firstMessage.getOrDefault(id, "")
                        + (where.isEmpty() ? "" : " | at " + where));
            }
            failed.sort(null);
            return new Report(flavour, result.isCompliant(), result.getTotalAssertions(), failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF validation failed to run: " + e, e);
        }
    }
}
