package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every key an editor can write has a Swedish description in its schema: the plugin shows it on hover and with
 * each completion, and check quotes it when a required key is missing.
 */
class SchemaDescriptionsTest {

    @Test
    void everyKeyOfEverySchemaIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Schema.Kind kind : Schema.ALL) {
            Schema schema = Schema.load(kind);
            walk(schema.root(), schema.root(), kind.fileName(), keys, undescribed);
        }
        assertThat(undescribed).isEmpty();
        // The fields of issues 12 to 14 among them.
        assertThat(keys).contains("goals.schema.json goals[].due", "goals.schema.json #target.atMost",
                "goals.schema.json #target.atLeast", "goals.schema.json #target.decreaseByPercent",
                "goals.schema.json #target.increaseByPercent", "plan.schema.json #goalScale[].meaning",
                "plan.schema.json #activityScale[].meaning", "area.schema.json activities[].responsible",
                "area.schema.json activities[].start", "area.schema.json activities[].due", "plan.schema.json words",
                "plan.schema.json publishers", "plan.schema.json responsibles", "goals.schema.json goals[].earlier",
                "goals.schema.json goals[].ended", "area.schema.json since", "plan.schema.json versions",
                "followup.schema.json decided", "followup.schema.json corrections", "followup.schema.json planVersion",
                "page.schema.json parent", "page.schema.json menu", "indicator.schema.json categories",
                "indicator.schema.json kolada", "indicator.schema.json sheet", "site.schema.json publishers",
                "site.schema.json baseUrl");
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, Map<String, Object> root, String at, List<String> keys, List<String> undescribed) {
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, root, at, keys, undescribed));
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        if (map.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, rule) -> {
                String key = at + (at.endsWith(".json") ? " " : ".") + name;
                keys.add(key.replace(" .", " "));
                if (!described((Map<String, Object>) rule, root)) {
                    undescribed.add(key);
                }
                walk(rule, root, key, keys, undescribed);
            });
        }
        if (map.get("items") != null) {
            walk(map.get("items"), root, at + "[]", keys, undescribed);
        }
        if (map.get("definitions") instanceof Map<?, ?> definitions) {
            String file = at.substring(0, at.indexOf(".json") + 5);
            definitions.forEach((name, rule) -> walk(rule, root, file + " #" + name, keys, undescribed));
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean described(Map<String, Object> rule, Map<String, Object> root) {
        if (rule.get("description") instanceof String d && !d.isBlank()) {
            return true;
        }
        if (rule.get("$ref") instanceof String ref) {
            Map<String, Object> target = root;
            for (String part : ref.substring(2).split("/")) {
                target = (Map<String, Object>) target.get(part);
            }
            return described(target, root);
        }
        return false;
    }
}
