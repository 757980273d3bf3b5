package lupsite.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import lupsite.derive.Derived;
import lupsite.derive.Figures;
import lupsite.derive.TargetResult;
import lupsite.derive.Progress;
import lupsite.model.Assessment;
import lupsite.model.Content;
import lupsite.model.Decision;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Indicator;
import lupsite.model.Markdown;
import lupsite.model.Status;
import lupsite.model.Target;

/**
 * The open-data downloads. An indicator as CSV the way Swedish Excel opens it with a double-click: UTF-8 with
 * a byte-order mark (else Excel reads å, ä, ö as Windows-1252), semicolon between fields, decimal comma, no
 * thousands separator, CRLF line ends. The whole plan with every follow-up's statuses as JSON: UTF-8,
 * numbers as JSON numbers (decimal point), keys always in the same order, so the same content gives the same
 * bytes.
 */
public final class OpenData {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private OpenData() {
    }

    /**
     * Header "Datum;label;label" ("Kategori;..." for values per category), then one row per date or category; an
     * empty field where a series has no value, "ca 1840" for an approximate one.
     */
    public static byte[] csv(Indicator indicator) {
        StringBuilder text = new StringBuilder(indicator.categorical() ? "Kategori" : "Datum");
        indicator.series().forEach(s -> text.append(';').append(textField(s.label())));
        text.append("\r\n");
        for (Indicator.Key key : indicator.keys()) {
            text.append(textField(key.text()));
            for (Indicator.Series s : indicator.series()) {
                text.append(';');
                s.point(key).ifPresent(p -> text.append(p.approximate() ? "ca " : "")
                        .append(p.value().toPlainString().replace('.', ',')));
            }
            text.append("\r\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }

    /**
     * A text field (a label, a category, a date) as Excel must read it: never as a formula. A field starting with
     * =, +, -, @, tab or carriage return gets a single quote before it and is quoted, as OWASP's advice on CSV
     * injection says; a field with ; or " is quoted. Values are numbers this class writes itself
     * ("-1,5") and are never text fields, so a negative value stays a number for Excel.
     */
    static String textField(String text) {
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        String field = formula ? "'" + text : text;
        return formula || field.contains(";") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    public static byte[] json(Derived derived, Messages messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            new JsonWriter(json, derived, messages).plan();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the plan; Markdown fields keep their source text, with figure placeholders filled in. */
    private record JsonWriter(JsonGenerator json, Derived derived, Messages messages) {

        void plan() throws IOException {
            Content content = derived.content();
            json.writeStartObject();
            json.writeStringField("generator", Generator.NAME);
            json.writeObjectFieldStart("plan");
            if (!content.plan().id().isEmpty()) {
                json.writeStringField("id", content.plan().id()); // a plan of several: its folder in plans/
            }
            json.writeStringField("title", content.plan().title());
            json.writeStringField("region", String.join(", ", content.plan().publishers()));
            json.writeArrayFieldStart("publishers");
            for (String publisher : content.plan().publishers()) {
                json.writeString(publisher);
            }
            json.writeEndArray();
            optional("owner", content.plan().owner());
            decision("adopted", content.plan().firstVersion().adopted());
            json.writeEndObject();
            statuses("goalStatuses", content.plan().goalStatuses().statuses());
            statuses("activityStatuses", content.plan().activityStatuses().statuses());
            json.writeArrayFieldStart("goals");
            for (Goal goal : content.goals()) {
                goal(goal);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("areas");
            for (var area : content.areas()) {
                json.writeStartObject();
                json.writeStringField("id", area.id());
                json.writeStringField("title", area.title());
                json.writeArrayFieldStart("activities");
                for (var activity : area.activities()) {
                    json.writeStartObject();
                    json.writeStringField("id", activity.id());
                    markdown("text", activity.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("followUps");
            for (FollowUp followUp : content.followUps()) {
                followUp(followUp);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("indicators");
            for (Indicator indicator : content.indicators()) {
                indicator(indicator);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void goal(Goal goal) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", goal.id());
            if (goal.horizon() != Goal.NO_HORIZON) {
                json.writeNumberField("horizon", goal.horizon());
            }
            if (goal.due() != null) {
                json.writeStringField("due", goal.due().iso());
            }
            json.writeStringField("text", goal.text());
            optional("area", goal.areaId());
            if (goal.target().isPresent()) {
                Target target = goal.target().get();
                json.writeObjectFieldStart("target");
                json.writeStringField("indicator", target.indicatorId());
                json.writeStringField("series", target.seriesId());
                optional("compareTo", target.compareToSeriesId());
                optional("baseline", Objects.toString(target.baseline(), null));
                json.writeNumberField(target.kind().key, target.amount());
                Optional<TargetResult> found = derived.target(goal.id());
                if (found.isPresent()) {
                    TargetResult result = found.get();
                    json.writeObjectFieldStart("result");
                    if (result.baselineValue() != null) {
                        json.writeNumberField("baselineValue", result.baselineValue());
                    }
                    json.writeStringField("latestDate", result.latestDate().toString());
                    json.writeNumberField("latestValue", result.latestValue());
                    if (result.change() != null) {
                        json.writeNumberField("change", target.kind().isPercent() ? plain(result.change()) : result.change());
                    }
                    json.writeNumberField("required", target.kind().isPercent() ? plain(result.required()) : result.required());
                    json.writeBooleanField("met", result.met());
                    if (result.pending()) {
                        json.writeBooleanField("pending", true);
                    }
                    if (result.progress().isPresent()) {
                        Progress progress = result.progress().get();
                        json.writeObjectFieldStart("progress");
                        json.writeStringField("verdict", progress.verdict().name().toLowerCase(Locale.ROOT));
                        json.writeNumberField("observedRate", progress.observedRate());
                        json.writeNumberField("requiredRate", progress.requiredRate());
                        json.writeNumberField("ratio", progress.ratio());
                        json.writeEndObject();
                    }
                    json.writeStringField("because", ViewFactory.because(result,
                            derived.content().indicator(target.indicatorId()).orElseThrow(), messages));
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        private void followUp(FollowUp followUp) throws IOException {
            json.writeStartObject();
            json.writeStringField("date", followUp.date().iso());
            json.writeStringField("title", followUp.title());
            json.writeBooleanField("partial", followUp.partial());
            if (followUp.decision().isPresent()) {
                decision("decision", followUp.decision().get());
            }
            markdown("summary", followUp.summary());
            markdown("statusNote", followUp.statusNote());
            assessments("goals", followUp.goals(), "comment");
            assessments("activities", followUp.activities(), "note");
            json.writeEndObject();
        }

        private void indicator(Indicator indicator) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", indicator.id());
            json.writeStringField("title", indicator.title());
            json.writeStringField("unit", indicator.unit());
            json.writeStringField("source", indicator.source());
            if (indicator.retrieved().isPresent()) {
                json.writeStringField("retrieved", indicator.retrieved().get().toString());
            }
            json.writeNumberField("decimals", indicator.decimals());
            json.writeStringField("chart", indicator.chart().name().toLowerCase());
            json.writeStringField("csv", SiteUrls.dataCsv(indicator.id()));
            json.writeArrayFieldStart("series");
            for (Indicator.Series series : indicator.series()) {
                json.writeStartObject();
                json.writeStringField("id", series.id());
                json.writeStringField("label", series.label());
                json.writeArrayFieldStart("values");
                for (Indicator.Point point : series.points()) {
                    json.writeStartObject();
                    json.writeStringField(indicator.categorical() ? "category" : "date", point.key().text());
                    json.writeNumberField("value", point.value());
                    if (point.approximate()) {
                        json.writeBooleanField("approximate", true);
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void assessments(String key, List<Assessment> assessments, String textKey) throws IOException {
            json.writeArrayFieldStart(key);
            for (Assessment a : assessments) {
                json.writeStartObject();
                json.writeStringField("id", a.subjectId());
                optional("status", a.status().map(Status::id).orElse(null));
                json.writeBooleanField("reconstructed", a.reconstructed());
                markdown(textKey, a.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void statuses(String key, List<Status> statuses) throws IOException {
            json.writeArrayFieldStart(key);
            for (Status status : statuses) {
                json.writeStartObject();
                json.writeStringField("id", status.id());
                json.writeStringField("label", status.label());
                json.writeStringField("symbol", status.symbol());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void decision(String key, Decision decision) throws IOException {
            json.writeObjectFieldStart(key);
            if (decision.date() != null) {
                json.writeStringField("date", decision.date().iso());
            }
            optional("body", decision.body());
            optional("reference", decision.reference());
            json.writeEndObject();
        }

        private void markdown(String key, Markdown markdown) throws IOException {
            String source = markdown.source();
            json.writeStringField(key, source.contains("{{")
                    ? Figures.substitute(source, derived.ownerOf(markdown).orElse(derived.current()).figures()) : source);
        }

        /** A quotient to ten digits, as a plain decimal ("5.58", never "1E+2"). */
        private static BigDecimal plain(BigDecimal value) {
            BigDecimal rounded = value.round(new MathContext(10)).stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        }

        private void optional(String key, String value) throws IOException {
            if (value != null) {
                json.writeStringField(key, value);
            }
        }
    }
}
