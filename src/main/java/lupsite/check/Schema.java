package lupsite.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One of the JSON Schemas in {@code schemas/}: the same files an editor's YAML plugin uses for completion
 * and checks while typing. JSON is YAML, so the YAML library reads them.
 */
public record Schema(String name, Map<String, Object> root) {

    public enum Kind {
        SITE("site"), PLAN("plan"), GOALS("goals"), AREA("area"), FOLLOW_UP("followup"), INDICATOR("indicator"), PAGE("page"),
        ACCESSIBILITY("accessibility"), ACCESSIBILITY_TEST("accessibility-test");

        private final String fileStem;

        Kind(String fileStem) {
            this.fileStem = fileStem;
        }

        public String fileName() {
            return fileStem + ".schema.json";
        }
    }

    public static final List<Kind> ALL = List.of(Kind.values());

    // Read once per process: serve checks the content on every save. Schemas are only ever read.
    private static final Map<Kind, Schema> LOADED = new ConcurrentHashMap<>();

    public static Schema load(Kind kind) {
        return LOADED.computeIfAbsent(kind, Schema::read);
    }

    @SuppressWarnings("unchecked")
    private static Schema read(Kind kind) {
        String resource = "/schemas/" + kind.fileName();
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Object parsed = new Load(LoadSettings.builder().build())
                    .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new Schema(kind.fileName(), (Map<String, Object>) parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
