package lupsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lupsite.render.Output;
import lupsite.render.RenderException;

/**
 * Writes the site so that nobody ever sees half of it: every file goes into a fresh folder beside the
 * output, and only a complete folder replaces the old one. A build that fails or is killed leaves the
 * previous output untouched; its leftovers are removed by the next build. The output folder is lup-site's
 * alone ({@link OutputFolder}).
 */
public final class SiteWriter {

    /** How a message suggests another folder. */
    public static final String EXAMPLE = "--out site";

    private SiteWriter() {
    }

    /**
     * Renders {@code outputs} (in parallel) and puts them in place of {@code outDir}, which must be lup-site's
     * and must keep clear of the {@code kept} folders; returns the file count.
     */
    public static int write(Path outDir, Path contentDir, List<OutputFolder.Kept> kept, List<Output> outputs)
            throws IOException, RenderException {
        Path out = OutputFolder.refuseUnsafe(outDir, kept, EXAMPLE);
        OutputFolder.<RenderException>replace(out, outDir.toString(), Optional.of(contentDir),
                staging -> writeAll(staging, outputs));
        return outputs.size();
    }

    private static Map<String, Long> writeAll(Path staging, List<Output> outputs) throws IOException, RenderException {
        Map<String, Long> written = new ConcurrentHashMap<>();
        Output.produceAll(outputs, (output, bytes) -> {
            Path target = staging.resolve(output.path()).normalize();
            if (!target.startsWith(staging)) {
                throw new IOException("Utdatafilen " + output.path() + " hamnar utanför mappen.");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            written.put(output.path(), (long) bytes.length);
        });
        return written;
    }
}
