package lupsite.check;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.PlanVersion;
import lupsite.model.Site;

/**
 * The schemas of {@code schemas/} specialised to one content folder, for editors' YAML plugins: a schema file
 * cannot know a plan's status ids, goal ids or versions, so {@code lup-site schemas} writes them in as
 * {@code enum}s (the plugin completes them and underlines anything else) and as one property per goal and
 * activity in a follow-up (completed with the goal's text). {@code check} keeps validating with the generic
 * schemas in the jar and its own cross-file checks; these are only ever read by editors. Each file starts
 * with {@link #MARKER}, so {@code check} can tell a written one from a generic copy and warn when it no
 * longer agrees with the content.
 */
public final class ContentSchemas {

    /** The {@code $comment} each written schema starts with. */
    public static final String MARKER = "Skrivet av lup-site schemas för just det här innehållet: statusar, id:n och "
            + "versioner ur planen. Kör lup-site schemas igen när de ändras.";

    private ContentSchemas() {
    }

    /** The folder the schemas belong in: {@code schemas/} beside the content folder, where the comments point. */
    public static Path folder(Path contentDir) {
        Path content = contentDir.toAbsolutePath().normalize();
        return Optional.ofNullable(content.getParent()).orElse(content).resolve("schemas");
    }

    /**
     * Every schema's text for {@code site}, by kind; the same bytes for the same content. In a site of several
     * plans one schema serves every plan's files, so it offers what any of them has (the statuses of all scales,
     * every plan's goals); check still says which belong to which plan.
     */
    public static Map<Schema.Kind, String> of(Site site) {
        Ids ids = new Ids(site);
        Map<Schema.Kind, String> texts = new EnumMap<>(Schema.Kind.class);
        for (Schema.Kind kind : Schema.ALL) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("$comment", MARKER);
            root.putAll(copy(Schema.load(kind).root()));
            ids.specialise(kind, root);
            texts.put(kind, json(root));
        }
        return texts;
    }

    /** Whether a schema file's text was written by {@code lup-site schemas} (and not copied from the jar). */
    public static boolean isWritten(String text) {
        return text.contains(MARKER);
    }

    /** The content's ids as the plugin should offer them, field by field, each with what describes it. */
    private record Ids(Map<String, String> goalStatuses, Map<String, String> activityStatuses, Map<String, String> goals,
                       Map<String, String> activities, List<Object> areas, List<Object> indicators, List<Object> pages,
                       List<Object> versions) {

        Ids(Site site) {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Content plan : site.plans()) {
                plan.plan().goalStatuses().statuses().forEach(status -> goalStatuses.putIfAbsent(status.id(), status.label()));
                plan.plan().activityStatuses().statuses()
                        .forEach(status -> activityStatuses.putIfAbsent(status.id(), status.label()));
                plan.goals().forEach(goal -> goals.putIfAbsent(goal.id(), goal.text()));
                for (Area area : plan.areas()) {
                    add(areas, area.id());
                    for (Activity activity : area.activities()) {
                        activities.putIfAbsent(activity.id(), area.title() + ": " + activity.text().source().strip());
                    }
                }
                for (PlanVersion version : plan.plan().versions()) {
                    // A version id that YAML reads as a number ({@code since: 2020}) must match as a number too.
                    add(versions, version.id());
                    if (version.id().matches("[1-9][0-9]{0,8}")) {
                        add(versions, Integer.valueOf(version.id()));
                    }
                }
            }
            site.shared().indicators().forEach(indicator -> add(indicators, indicator.id()));
            site.shared().pages().forEach(page -> add(pages, page.id()));
        }

        private static void add(List<Object> values, Object value) {
            if (!values.contains(value)) {
                values.add(value);
            }
        }

        void specialise(Schema.Kind kind, Map<String, Object> root) {
            switch (kind) {
                case FOLLOW_UP -> {
                    Map<String, Object> definitions = map(root, "definitions");
                    statuses(map(definitions, "goalStatus"), goalStatuses);
                    statuses(map(definitions, "activityStatus"), activityStatuses);
                    Map<String, Object> properties = map(root, "properties");
                    keyed(map(properties, "goals"), goals);
                    keyed(map(properties, "activities"), activities);
                    oneOf(map(properties, "planVersion"), versions);
                    oneOf(map(map(properties, "pages"), "items"), pages);
                }
                case GOALS -> byName(root, Map.of("since", versions, "until", versions, "version", versions, "area", areas,
                        "indicator", indicators));
                case AREA -> byName(root, Map.of("since", versions, "until", versions, "version", versions));
                case PAGE -> oneOf(map(map(root, "properties"), "parent"), pages);
                default -> {
                }
            }
        }

        private static void statuses(Map<String, Object> rule, Map<String, String> labels) {
            rule.put("enum", new ArrayList<Object>(labels.keySet()));
            rule.put("enumDescriptions", new ArrayList<>(labels.values()));
        }

        /** One property per id, described, and no other id: the plugin completes the keys of a follow-up. */
        private static void keyed(Map<String, Object> rule, Map<String, String> described) {
            Object each = rule.get("additionalProperties");
            Map<String, Object> properties = new LinkedHashMap<>();
            described.forEach((id, text) -> {
                Map<String, Object> property = new LinkedHashMap<>(copy(asMap(each)));
                property.put("description", text);
                properties.put(id, property);
            });
            rule.put("properties", properties);
            rule.put("propertyNames", new LinkedHashMap<>(Map.of("enum", new ArrayList<Object>(described.keySet()))));
        }

        /** Every property named by a key of {@code values}, wherever it is in the schema, takes those values. */
        @SuppressWarnings("unchecked")
        private static void byName(Object node, Map<String, List<Object>> values) {
            if (node instanceof Map<?, ?> map) {
                if (map.get("properties") instanceof Map<?, ?> properties) {
                    properties.forEach((name, rule) -> {
                        if (values.containsKey(name) && rule instanceof Map<?, ?> r && !r.containsKey("$ref")) {
                            oneOf((Map<String, Object>) r, values.get(name));
                        }
                    });
                }
                map.values().forEach(child -> byName(child, values));
            } else if (node instanceof List<?> list) {
                list.forEach(child -> byName(child, values));
            }
        }

        private static void oneOf(Map<String, Object> rule, List<Object> values) {
            if (!values.isEmpty()) {
                rule.put("enum", new ArrayList<>(values));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        if (!(child instanceof Map<?, ?>)) {
            throw new IllegalStateException("Schema has no object at " + key);
        }
        return (Map<String, Object>) child;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** A deep, mutable copy: the loaded schemas are shared and only ever read. */
    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }

    private static String json(Map<String, Object> root) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            write(json, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value == null) {
            json.writeNull();
        } else {
            throw new IllegalStateException("Schema value not supported: " + value.getClass());
        }
    }
}
