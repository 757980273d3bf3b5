package lupsite.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import lupsite.load.Node;
import lupsite.load.Node.Entry;
import lupsite.load.Node.ListNode;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.load.Node.ScalarType;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Checks a positioned YAML tree against one of our JSON Schemas and words each violation for an editor, at
 * the exact line and column. It interprets the part of JSON Schema (draft-07) that our schemas use: type,
 * properties, required, additionalProperties, items, minItems, pattern, minLength, maxLength, minimum,
 * maximum and local $ref; plus {@code errorMessage}, the Swedish wording of a pattern that editors' plugins
 * also show.
 */
public final class SchemaValidator {

    private final Schema schema;
    private final Problems problems;

    private SchemaValidator(Schema schema, Problems problems) {
        this.schema = schema;
        this.problems = problems;
    }

    /** Reports every violation in {@code node}; returns true when there was none. */
    public static boolean validate(Node node, Schema schema, Problems problems) {
        int before = problems.count();
        new SchemaValidator(schema, problems).check(node, schema.root(), null);
        return problems.count() == before;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> rule) {
        Object ref = rule.get("$ref");
        if (!(ref instanceof String path)) {
            return rule;
        }
        Map<String, Object> target = schema.root();
        for (String part : path.substring(2).split("/")) {
            target = (Map<String, Object>) target.get(part);
        }
        return resolve(target);
    }

    private void check(Node node, Map<String, Object> rawRule, String name) {
        Map<String, Object> rule = resolve(rawRule);
        if (node instanceof ScalarNode scalar && scalar.type() == ScalarType.NULL) {
            problems.error(node.position(), name == null ? "Värdet saknas." : "\"" + name + "\" saknar värde. "
                    + describe(rule, "Fyll i ett värde."));
            return;
        }
        List<String> types = types(rule);
        if (!types.isEmpty() && types.stream().noneMatch(t -> matches(node, t))) {
            problems.error(node.position(), subject(name) + " ska vara " + typeNames(types) + ", men här står "
                    + shown(node) + ".");
            return;
        }
        if (node instanceof MapNode map) {
            checkMap(map, rule);
        } else if (node instanceof ListNode list) {
            checkList(list, rule, name);
        } else {
            checkScalar((ScalarNode) node, rule, name);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkMap(MapNode map, Map<String, Object> rule) {
        Map<String, Object> properties = (Map<String, Object>) rule.getOrDefault("properties", Map.of());
        Object additional = rule.get("additionalProperties");
        for (Entry entry : map.entries()) {
            String key = entry.key().text();
            Object propertyRule = properties.get(key);
            if (propertyRule != null) {
                check(entry.value(), (Map<String, Object>) propertyRule, key);
            } else if (additional instanceof Map<?, ?> additionalRule) {
                check(entry.value(), (Map<String, Object>) additionalRule, key);
            } else if (Boolean.FALSE.equals(additional)) {
                unknownKey(entry.key(), List.copyOf(properties.keySet()));
            }
        }
        for (Object required : (List<Object>) rule.getOrDefault("required", List.of())) {
            if (map.get((String) required).isEmpty()) {
                Map<String, Object> requiredRule = (Map<String, Object>) properties.get(required);
                String what = describe(requiredRule == null ? Map.of() : resolve(requiredRule), "");
                problems.error(map.position(), "Nyckeln \"" + required + "\" saknas, men måste finnas här"
                        + (what.isEmpty() ? "." : " (" + Character.toLowerCase(what.charAt(0))
                                + what.substring(1, what.length() - (what.endsWith(".") ? 1 : 0)) + ")."));
            }
        }
    }

    private void unknownKey(ScalarNode key, List<String> allowed) {
        String message = "Okänd nyckel \"" + key.text() + "\".";
        message += Suggestions.closest(key.text(), allowed).map(s -> " Menade du \"" + s + "\"?")
                .orElse(" Tillåtna nycklar här: " + String.join(", ", allowed) + ".");
        problems.error(key.position(), message);
    }

    @SuppressWarnings("unchecked")
    private void checkList(ListNode list, Map<String, Object> rule, String name) {
        Object minItems = rule.get("minItems");
        if (minItems instanceof Integer min && list.items().size() < min) {
            problems.error(list.position(), subject(name) + " ska ha minst " + min
                    + (min == 1 ? " punkt." : " punkter."));
        }
        Object items = rule.get("items");
        if (items instanceof Map<?, ?> itemRule) {
            list.items().forEach(item -> check(item, (Map<String, Object>) itemRule, name));
        }
    }

    private void checkScalar(ScalarNode scalar, Map<String, Object> rule, String name) {
        String text = scalar.text();
        Object pattern = rule.get("pattern");
        Pattern accepted = pattern instanceof String regex ? Pattern.compile(regex) : null;
        if (accepted != null && !accepted.matcher(text).matches()) {
            Object wording = rule.get("errorMessage");
            problems.error(scalar.valueStart(), subject(name) + " "
                    + (wording instanceof String w ? w : "har fel form") + "; här står \"" + text + "\"."
                    + Suggestions.conventional(text).stream().filter(c -> accepted.matcher(c).matches()).findFirst()
                            .map(c -> " Menade du " + c + "?").orElse(""));
            return;
        }
        if (rule.get("minLength") instanceof Integer min && text.strip().length() < min) {
            problems.error(scalar.position(), subject(name) + " får inte vara tom.");
        }
        if (rule.get("maxLength") instanceof Integer max && text.codePointCount(0, text.length()) > max) {
            problems.error(scalar.valueStart(), subject(name) + " får vara högst " + max + " tecken; här står \""
                    + text + "\".");
        }
        if (scalar.type() == ScalarType.INTEGER) {
            BigInteger value = scalar.integer();
            if (rule.get("minimum") instanceof Integer min && value.compareTo(BigInteger.valueOf(min)) < 0) {
                problems.error(scalar.position(), subject(name) + " ska vara minst " + min + "; här står " + text + ".");
            } else if (rule.get("maximum") instanceof Integer max && value.compareTo(BigInteger.valueOf(max)) > 0) {
                problems.error(scalar.position(), subject(name) + " får vara högst " + max + "; här står " + text + ".");
            } else if (types(rule).equals(List.of("integer")) && value.bitLength() >= Integer.SIZE) {
                // Read as an int (Fields.integer): a count, an order, years, where no real value comes near.
                problems.error(scalar.position(), subject(name) + " är ett för stort tal; här står " + text
                        + ". Skriv ett heltal mellan -2147483648 och 2147483647.");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> types(Map<String, Object> rule) {
        Object type = rule.get("type");
        if (type instanceof String single) {
            return List.of(single);
        }
        return type == null ? List.of() : new ArrayList<>((List<String>) type);
    }

    private static final Set<ScalarType> STRING_LIKE = Set.of(ScalarType.TEXT, ScalarType.INTEGER, ScalarType.DECIMAL);

    private static boolean matches(Node node, String type) {
        return switch (type) {
            case "object" -> node instanceof MapNode;
            case "array" -> node instanceof ListNode;
            case "string" -> node instanceof ScalarNode s && STRING_LIKE.contains(s.type());
            case "integer" -> node instanceof ScalarNode s && s.type() == ScalarType.INTEGER;
            case "number" -> node instanceof ScalarNode s
                    && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.DECIMAL);
            case "boolean" -> node instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN;
            default -> throw new IllegalStateException("Schema type not supported: " + type);
        };
    }

    private static String typeNames(List<String> types) {
        List<String> names = types.stream().map(t -> switch (t) {
            case "object" -> "en samling nycklar (nyckel: värde på egna rader)";
            case "array" -> "en lista (rader som börjar med \"- \")";
            case "string" -> "text";
            case "integer" -> "ett heltal";
            case "number" -> "ett tal";
            case "boolean" -> "true eller false";
            default -> t;
        }).toList();
        return String.join(" eller ", names);
    }

    private static String shown(Node node) {
        if (node instanceof ScalarNode scalar) {
            return node.kindName() + " (\"" + scalar.text() + "\")";
        }
        return node.kindName();
    }

    private static String subject(String name) {
        return name == null ? "Filen" : "\"" + name + "\"";
    }

    private static String describe(Map<String, Object> rule, String fallback) {
        Object description = rule.get("description");
        return description instanceof String d ? d : fallback;
    }
}
