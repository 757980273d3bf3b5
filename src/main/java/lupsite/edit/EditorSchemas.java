package lupsite.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import lupsite.check.ContentSchemas;
import lupsite.check.Schema;
import lupsite.model.Site;

/**
 * {@code lup-site schemas}: writes the schemas specialised to the content ({@link ContentSchemas}) into
 * {@code schemas/} beside the content folder, the folder every file's {@code $schema} comment and
 * {@code .vscode/settings.json} already name, so the plugin needs no other setting. A file that already says
 * the same is not touched.
 */
public final class EditorSchemas {

    private EditorSchemas() {
    }

    /** Writes every schema that differs; returns how many were written. */
    public static int write(Path contentDir, Site site) throws IOException {
        Path folder = ContentSchemas.folder(contentDir);
        Files.createDirectories(folder);
        int written = 0;
        for (Map.Entry<Schema.Kind, String> schema : ContentSchemas.of(site).entrySet()) {
            Path file = folder.resolve(schema.getKey().fileName());
            byte[] bytes = schema.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
                Files.write(file, bytes);
                written++;
            }
        }
        return written;
    }
}
