package lupsite.edit;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import lupsite.load.ContentLoader;

/**
 * {@code import-kolada}: a key figure's values from Kolada's API v3 into {@code indicators/<id>.csv}, one column per
 * municipality or region, one row per year, and the source and the day of retrieval into
 * {@code indicators/<id>.yaml} (created with title, series and the query when there is none yet). The data route is
 * {@code /data/kpi/<kpi>/municipality/<ids>/year/<years>}, whose answer is {@code {"values": [{"kpi", "period",
 * "municipality", "values": [{"gender", "value", "count", "status"}]}], "next_url": ...}}, paged; the total
 * (gender {@code T}) is taken. Titles come from {@code /kpi/<kpi>} and {@code /municipality/<ids>}. Nothing is written
 * until every page has been read, and then each file is written beside itself and moved into place.
 */
public final class KoladaImport {

    public static final String BASE_URL = "https://api.kolada.se/v3";

    /** Reads a URL; the command uses HTTP, tests a recorded response. */
    @FunctionalInterface
    public interface Http {
        /** The body of a 200 answer. */
        String get(URI uri) throws IOException, Failed;
    }

    /** Why nothing was imported, in a sentence for the editor. */
    public static final class Failed extends Exception {
        public Failed(String message) {
            super(message);
        }
    }

    /** What to import: the indicator's id, the key figure, the municipality or region ids, the years. */
    public record Request(String indicatorId, String kpi, List<String> municipalities, List<Integer> years) {
    }

    /** What was written: the files, the rows (years) and the values. */
    public record Imported(String csv, String yaml, boolean yamlCreated, int years, int values) {
    }

    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^source:.*$");
    private static final Pattern RETRIEVED_LINE = Pattern.compile("(?m)^retrieved:.*\\n?");

    private final Http http;
    private final String baseUrl;

    /**
     * Java's HTTP client with timeouts; no answer at all (no network, a firewall, a name that does not resolve)
     * and an answer other than 200 become {@link Failed} in Swedish.
     */
    public static Http overHttp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return uri -> {
            HttpResponse<String> response;
            try {
                response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new Failed("Kunde inte nå Kolada (" + uri.getHost() + "). Datorn har ingen nätverksanslutning, "
                        + "eller så svarar inte Kolada. Kontrollera anslutningen och försök igen.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failed("Hämtningen från Kolada avbröts.");
            }
            if (response.statusCode() != 200) {
                throw new Failed("Kolada svarade med HTTP " + response.statusCode() + " på " + uri + ". Kontrollera "
                        + "nyckeltalets id och kommun-id:na.");
            }
            return response.body();
        };
    }

    public KoladaImport(Http http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public Imported run(Path contentDir, Request request, LocalDate today) throws Failed, IOException {
        String yamlPath = ContentLoader.INDICATORS + "/" + request.indicatorId() + ".yaml";
        String csvPath = ContentLoader.INDICATORS + "/" + request.indicatorId() + ".csv";
        Path yamlFile = contentDir.resolve(yamlPath);
        Optional<String> yaml = Files.isRegularFile(yamlFile)
                ? Optional.of(Files.readString(yamlFile, StandardCharsets.UTF_8)) : Optional.empty();
        if (yaml.isPresent() && Pattern.compile("(?m)^(values|categories):").matcher(yaml.get()).find()) {
            throw new Failed(yamlPath + " har sina värden under values: eller categories:. Ta bort dem; "
                    + "import-kolada skriver värdena i " + csvPath + ".");
        }
        Map<String, TreeMap<Integer, BigDecimal>> values = data(request);
        int count = values.values().stream().mapToInt(Map::size).sum();
        if (count == 0) {
            throw new Failed("Kolada har inga värden för nyckeltalet " + request.kpi() + " för "
                    + String.join(", ", request.municipalities()) + " åren " + years(request) + ". Kontrollera "
                    + "nyckeltalets id och kommun-id:na på kolada.se.");
        }
        Map<String, String> titles = titles("/municipality/" + String.join(",", request.municipalities()));
        String source = "Kolada (RKA), nyckeltal " + request.kpi();
        String newYaml = yaml.isPresent() ? updated(yaml.get(), source, today)
                : created(request, titles, source, today, schemaReference(yamlFile.getParent()));
        write(contentDir.resolve(csvPath), csv(request, values));
        write(yamlFile, newYaml);
        int years = (int) values.values().stream().flatMap(v -> v.keySet().stream()).distinct().count();
        return new Imported(csvPath, yamlPath, yaml.isEmpty(), years, count);
    }

    /** Every page of the data route, as municipality -> year -> total. */
    private Map<String, TreeMap<Integer, BigDecimal>> data(Request request) throws Failed, IOException {
        Map<String, TreeMap<Integer, BigDecimal>> values = new LinkedHashMap<>();
        request.municipalities().forEach(m -> values.put(m, new TreeMap<>()));
        Optional<String> next = Optional.of(baseUrl + "/data/kpi/" + request.kpi() + "/municipality/"
                + String.join(",", request.municipalities()) + "/year/" + years(request));
        for (int page = 0; next.isPresent() && page < 1000; page++) {
            Object answer = Json.parse(http.get(URI.create(next.get())));
            for (Object entry : Json.list(answer, "values")) {
                String municipality = Json.text(entry, "municipality");
                Object period = Json.field(entry, "period");
                if (!values.containsKey(municipality) || period == null) {
                    continue;
                }
                List<Object> genders = Json.list(entry, "values");
                genders.stream().filter(g -> "T".equals(Json.text(g, "gender")) || genders.size() == 1)
                        .map(g -> Json.field(g, "value")).filter(BigDecimal.class::isInstance).findFirst()
                        .ifPresent(v -> values.get(municipality).put(Integer.valueOf(period.toString()), (BigDecimal) v));
            }
            next = Optional.ofNullable(Json.text(answer, "next_url")).or(() -> Optional.ofNullable(Json.text(answer, "next_page")))
                    .filter(url -> !url.isBlank());
        }
        return values;
    }

    private Map<String, String> titles(String route) throws Failed, IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Object entry : Json.list(Json.parse(http.get(URI.create(baseUrl + route))), "values")) {
            titles.put(Json.text(entry, "id"), Json.text(entry, "title"));
        }
        return titles;
    }

    private static String years(Request request) {
        return String.join(",", request.years().stream().map(String::valueOf).toList());
    }

    /** "År;0023;0000", then a row per year with a value; decimal comma, as Swedish Excel writes it. */
    private static String csv(Request request, Map<String, TreeMap<Integer, BigDecimal>> values) {
        StringBuilder csv = new StringBuilder("År;" + String.join(";", request.municipalities()) + "\n");
        values.values().stream().flatMap(v -> v.keySet().stream()).distinct().sorted().forEach(year -> {
            csv.append(year);
            for (String m : request.municipalities()) {
                csv.append(';');
                Optional.ofNullable(values.get(m).get(year))
                        .ifPresent(v -> csv.append(v.stripTrailingZeros().toPlainString().replace('.', ',')));
            }
            csv.append('\n');
        });
        return csv.toString();
    }

    /**
     * Where the new file's editor finds the indicator schema: the nearest {@code schemas/} folder above it (in a
     * content repository, the one beside content/), else where the release puts it.
     */
    private static String schemaReference(Path indicators) {
        Path folder = indicators.toAbsolutePath().normalize();
        for (Path up = folder.getParent(); up != null; up = up.getParent()) {
            Path schema = up.resolve("schemas/indicator.schema.json");
            if (Files.isRegularFile(schema)) {
                return folder.relativize(schema).toString().replace('\\', '/');
            }
        }
        return "../../schemas/indicator.schema.json";
    }

    private String created(Request request, Map<String, String> titles, String source, LocalDate today,
                           String schema) throws Failed, IOException {
        String title = titles("/kpi/" + request.kpi()).getOrDefault(request.kpi(), request.kpi());
        StringBuilder yaml = new StringBuilder("# yaml-language-server: $schema=" + schema + "\n")
                .append("title: ").append(quoted(title)).append('\n')
                .append("unit: värde                      # ändra till nyckeltalets enhet, t.ex. \"%\" eller kronor\n")
                .append("source: ").append(source).append('\n')
                .append("retrieved: ").append(today).append('\n')
                .append("kolada:\n  kpi: ").append(request.kpi()).append("\n  municipalities:\n");
        request.municipalities().forEach(m -> yaml.append("    - \"").append(m).append("\"\n"));
        yaml.append("series:\n");
        for (String m : request.municipalities()) {
            yaml.append("  - id: \"").append(m).append("\"\n    label: ").append(quoted(titles.getOrDefault(m, m)))
                    .append('\n');
        }
        return yaml.toString();
    }

    /** The editor's file with only its source and retrieval lines replaced (added after source when missing). */
    private static String updated(String yaml, String source, LocalDate today) {
        String withoutRetrieved = RETRIEVED_LINE.matcher(yaml).replaceAll("");
        Matcher line = SOURCE_LINE.matcher(withoutRetrieved);
        String both = "source: " + source + "\nretrieved: " + today;
        return line.find() ? line.replaceFirst(Matcher.quoteReplacement(both))
                : withoutRetrieved + (withoutRetrieved.endsWith("\n") ? "" : "\n") + both + "\n";
    }

    /** A YAML scalar that stays text whatever Kolada's title holds. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".import");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Kolada's JSON as maps, lists, strings, BigDecimals and booleans: just enough to read its answers. */
    private static final class Json {

        private static final JsonFactory FACTORY = new JsonFactory();

        static Object parse(String text) throws Failed {
            try (JsonParser parser = FACTORY.createParser(text)) {
                parser.nextToken();
                return value(parser);
            } catch (IOException e) {
                throw new Failed("Kolada svarade med något annat än JSON. Försök igen senare.");
            }
        }

        private static Object value(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            if (token == JsonToken.START_ARRAY) {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_STRING -> parser.getText();
                case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
                default -> null;
            };
        }

        static Object field(Object object, String name) {
            return object instanceof Map<?, ?> map ? map.get(name) : null;
        }

        static String text(Object object, String name) {
            Object value = field(object, name);
            return value == null ? null : value.toString();
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object object, String name) {
            return field(object, name) instanceof List<?> list ? (List<Object>) list : List.of();
        }
    }
}
