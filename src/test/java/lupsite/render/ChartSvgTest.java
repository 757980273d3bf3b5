package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import lupsite.model.Indicator.Key;
import lupsite.model.Indicator.Point;
import lupsite.testsupport.TestSite;

class ChartSvgTest {

    static final Messages SV = TestSite.messages("sv");

    private static Point point(String date, String value) {
        return new Point(Key.day(LocalDate.parse(date)), new BigDecimal(value));
    }

    private static final ChartSvg.Line COUNTY = new ChartSvg.Line("Jämtlands län",
            List.of(point("2014-12-31", "12.4"), point("2019-09-30", "7.8")));
    private static final ChartSvg.Line NATION = new ChartSvg.Line("Riket",
            List.of(point("2014-12-31", "9.4"), point("2019-09-30", "9.5")));
    private static final ChartSvg.Line TARGET = new ChartSvg.Line("Målnivå för Jämtlands län (Riket + 2,0)",
            List.of(point("2014-12-31", "11.4"), point("2019-09-30", "11.5")));

    private static ChartSvg.Spec spec(ChartSvg.Kind kind) {
        return new ChartSvg.Spec("diagram-sjuktal", "Sjukpenningtal", kind, "sjukpenningdagar", 1,
                List.of(COUNTY, NATION), Optional.of(TARGET), 0);
    }

    private static Element svg(String text) {
        Document document = Jsoup.parse(text, "", Parser.xmlParser());
        return document.selectFirst("svg");
    }

    @Test
    void hasAnAccessibleNameAndADescriptionInWords() {
        Element svg = svg(ChartSvg.render(spec(ChartSvg.Kind.LINE), SV));

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("diagram-sjuktal-titel");
        assertThat(svg.attr("aria-describedby")).isEqualTo("diagram-sjuktal-beskrivning");
        assertThat(svg.selectFirst("title#diagram-sjuktal-titel").text()).isEqualTo("Sjukpenningtal");
        assertThat(svg.selectFirst("desc#diagram-sjuktal-beskrivning").text()).isEqualTo(
                "Linjediagram i sjukpenningdagar, 2014-12-31 till 2019-09-30. "
                        + "Jämtlands län: från 12,4 (2014-12-31) till 7,8 (2019-09-30). "
                        + "Riket: från 9,4 (2014-12-31) till 9,5 (2019-09-30). "
                        + "Målnivå för Jämtlands län (Riket + 2,0): från 11,4 (2014-12-31) till 11,5 (2019-09-30). "
                        + "Alla värden finns i tabellen.");
    }

    @Test
    void seriesDifferByDashAndMarkerNotOnlyByColour() {
        Element svg = svg(ChartSvg.render(spec(ChartSvg.Kind.LINE), SV));

        assertThat(svg.select("text").eachText()).contains("Jämtlands län", "Riket",
                "Målnivå för Jämtlands län (Riket + 2,0)", "sjukpenningdagar", "2014-12-31", "2019-09-30");
        // Legend sample + one marker per value: circles for the first series, squares for the second.
        assertThat(svg.select("circle")).hasSize(3);
        assertThat(svg.select("rect")).hasSize(3);
        assertThat(svg.select("path[stroke-dasharray=8 4]")).hasSize(2);
        assertThat(svg.select("path[stroke-dasharray=14 4 2 4 2 4]")).hasSize(2);
        assertThat(svg.select("path[stroke=#0072b2]:not([stroke-dasharray])")).hasSize(2);
    }

    @Test
    void axisNumbersAreSwedish() {
        ChartSvg.Line shares = new ChartSvg.Line("Andel", List.of(point("2018-12-31", "0.35"), point("2019-12-31", "1.2")));
        Element svg = svg(ChartSvg.render(new ChartSvg.Spec("d", "Andel", ChartSvg.Kind.LINE, "%", 2,
                List.of(shares), Optional.empty(), 0), SV));

        assertThat(svg.select("text[text-anchor=end]").eachText())
                .containsExactly("0,0", "0,5", "1,0", "1,5");
    }

    @Test
    void barsAreFilledWithPatternsAndLabelledWithTheirValues() {
        Element svg = svg(ChartSvg.render(spec(ChartSvg.Kind.BAR), SV));

        assertThat(svg.selectFirst("desc").text()).startsWith("Stapeldiagram i sjukpenningdagar");
        assertThat(svg.select("pattern").eachAttr("id")).containsExactly("diagram-sjuktal-fyllning-1");
        assertThat(svg.select("rect[fill=url(#diagram-sjuktal-fyllning-1)]")).hasSize(3);
        assertThat(svg.select("text[text-anchor=middle]").eachText())
                .containsExactly("2014-12-31", "2019-09-30", "12,4", "9,4", "7,8", "9,5");
    }

    @Test
    void theSameChartIsTheSameBytes() {
        assertThat(ChartSvg.render(spec(ChartSvg.Kind.LINE), SV)).isEqualTo(ChartSvg.render(spec(ChartSvg.Kind.LINE), SV));
        assertThat(ChartSvg.render(new ChartSvg.Spec("d", "Riket", ChartSvg.Kind.LINE, "dagar", 1, List.of(NATION),
                Optional.empty(), 0), SV)).isEqualTo("""
                <svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="chart" width="640" height="320" \
                viewBox="0 0 640 320" role="img" aria-labelledby="d-titel" aria-describedby="d-beskrivning">
                <title id="d-titel">Riket</title>
                <desc id="d-beskrivning">Linjediagram i dagar, 2014-12-31 till 2019-09-30. Riket: från 9,4 \
                (2014-12-31) till 9,5 (2019-09-30). Alla värden finns i tabellen.</desc>
                <g font-family="sans-serif" font-size="12" fill="#1a1a1a">
                <path d="M72 26H104" fill="none" stroke="#0072b2" stroke-width="2.5"/>
                <circle cx="88.0" cy="26.0" r="4.5" fill="#0072b2" stroke="#ffffff"/>
                <text x="112" y="30">Riket</text>
                <text x="8" y="50">dagar</text>
                <path d="M72 280.0H616" stroke="#4a4a4a" fill="none"/>
                <text x="64" y="284.0" text-anchor="end">0</text>
                <path d="M72 236.0H616" stroke="#d0d0d0" fill="none"/>
                <text x="64" y="240.0" text-anchor="end">2</text>
                <path d="M72 192.0H616" stroke="#d0d0d0" fill="none"/>
                <text x="64" y="196.0" text-anchor="end">4</text>
                <path d="M72 148.0H616" stroke="#d0d0d0" fill="none"/>
                <text x="64" y="152.0" text-anchor="end">6</text>
                <path d="M72 104.0H616" stroke="#d0d0d0" fill="none"/>
                <text x="64" y="108.0" text-anchor="end">8</text>
                <path d="M72 60.0H616" stroke="#d0d0d0" fill="none"/>
                <text x="64" y="64.0" text-anchor="end">10</text>
                <path d="M72 60V280" stroke="#4a4a4a" fill="none"/>
                <text x="96.0" y="300" text-anchor="middle">2014-12-31</text>
                <text x="592.0" y="300" text-anchor="middle">2019-09-30</text>
                <path d="M96.0 73.2L592.0 71.0" fill="none" stroke="#0072b2" stroke-width="2.5"/>
                <circle cx="96.0" cy="73.2" r="4.5" fill="#0072b2" stroke="#ffffff"/>
                <circle cx="592.0" cy="71.0" r="4.5" fill="#0072b2" stroke="#ffffff"/>
                </g>
                </svg>""");
    }

    @Test
    void aLongLineIsThinnedToThePlotsPixelColumnsWithoutMarkers() {
        List<Point> daily = new java.util.ArrayList<>();
        LocalDate day = LocalDate.of(1760, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            daily.add(new Point(Key.day(day.plusDays(i)), BigDecimal.valueOf(i % 97)));
        }
        Element svg = svg(ChartSvg.render(new ChartSvg.Spec("d", "Dagligt", ChartSvg.Kind.LINE, "personer", 0,
                List.of(new ChartSvg.Line("Länet", daily)), Optional.empty(), 0), SV));

        String path = svg.select("path[stroke-width=2.5]").last().attr("d");
        int drawn = path.split("L").length;
        assertThat(drawn).isBetween(544, 2 * 544 + 2);
        assertThat(path).startsWith("M96.0 280.0L").endsWith("L592.0 242.6");
        assertThat(svg.select("circle")).isEmpty();
        // The lowest and highest values are still drawn: the line keeps its range.
        assertThat(path).contains(" 280.0L", " 68.8L");
        assertThat(svg.selectFirst("desc").text()).endsWith("De senaste värdena finns i tabellen och alla i CSV-filen.");
    }

    @Test
    void categoriesAreHorizontalBarsNamedOnTheLeftWithLongNamesWrapped() {
        Key yes = Key.category("Ja, i hög grad eller i mycket hög grad", 0);
        Key no = Key.category("Nej", 1);
        ChartSvg.Line share = new ChartSvg.Line("Andel", List.of(new Point(yes, new BigDecimal("64"), true),
                new Point(no, new BigDecimal("36"))));
        Element svg = svg(ChartSvg.render(new ChartSvg.Spec("d", "Svar", ChartSvg.Kind.CATEGORY, "%", 0,
                List.of(share), Optional.empty(), 0), SV));

        assertThat(svg.select("text[text-anchor=end]").eachText())
                .containsExactly("Ja, i hög grad eller i", "mycket hög grad", "Nej");
        assertThat(svg.select("rect[height=14]").eachAttr("x")).containsExactly("200.0", "200.0");
        assertThat(svg.select("text[text-anchor=start]").eachText()).containsExactly("ca 64", "36");
        assertThat(svg.selectFirst("desc").text()).isEqualTo("Stapeldiagram i %. Andel: Ja, i hög grad eller i mycket "
                + "hög grad ca 64; Nej 36. Alla värden finns i tabellen.");
    }
}
