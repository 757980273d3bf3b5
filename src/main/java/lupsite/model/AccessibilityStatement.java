package lupsite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The accessibility statement (tillgänglighetsredogörelse) that the law on accessible public digital services
 * requires: what the region declares ({@code accessibility.yaml}) and, kept apart, the last test run the test
 * suite recorded ({@code accessibility-test.yaml}; null when none is). Null fields were left unfilled.
 */
public record AccessibilityStatement(
        Compliance compliance,
        boolean thirdPartyAssessment,
        Markdown gaps,
        String email,
        String phone,
        String supervisionUrl,
        LocalDate prepared,
        LocalDate reviewed,
        TestRun lastTest,
        Position position) {

    /** The three levels DIGG's template names, with the ids editors write. */
    public enum Compliance {
        FULL("helt-forenlig"), PARTIAL("delvis-forenlig"), NONE("inte-forenlig");

        public final String id;

        Compliance(String id) {
            this.id = id;
        }

        public static Compliance of(String id) {
            for (Compliance c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(id);
        }
    }

    /** What one run of the browser test suite measured on the whole site, written by that run. */
    public record TestRun(LocalDate date, int pages, List<Integer> widths, String chromium, String axeCore,
                          String nuHtmlChecker, int axeViolations, int nuErrors, int testsPassed) {

        public TestRun {
            widths = List.copyOf(widths);
        }
    }
}
